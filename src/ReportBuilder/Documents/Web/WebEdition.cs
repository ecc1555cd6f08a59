using System.Globalization;
using System.Text;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Documents.Report;
using ReportBuilder.Fonts;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Web;

/// <summary>
/// The web edition of the annual report: the same <see cref="ReportContent"/> the PDF renders, as one accessible HTML
/// page per language (<c>web/2018-en/index.html</c>), the province fact sheets as pages of their own
/// (<c>web/2018-en/factsheets/wht.html</c>, from <see cref="FactSheetContent"/>), a language chooser (<c>web/index.html</c>), one stylesheet and
/// the Lato faces it uses (<c>web/assets/</c>). Self-contained (no script, no CDN) and byte-identical from run to run:
/// copy the <c>web/</c> folder to any web server to publish it.
/// </summary>
public static class WebEdition
{
    /// <summary>The folder of the web edition inside the output folder.</summary>
    public const string Folder = "web";

    /// <summary>The folder of the stylesheet and fonts, inside <see cref="Folder"/>.</summary>
    public const string AssetsFolder = "assets";

    /// <summary>The stylesheet's file name, inside <see cref="AssetsFolder"/>.</summary>
    public const string StyleSheet = "report.css";

    /// <summary>The Lato faces the stylesheet declares (regular, italic, bold, black), and the licence that travels with them.</summary>
    public static IReadOnlyList<string> FontFiles { get; } = ["Lato-Regular.ttf", "Lato-Italic.ttf", "Lato-Bold.ttf", "Lato-Black.ttf", "LICENSE-Lato.txt"];

    /// <summary>The front door, <c>web/index.html</c>: the edition in each language of <paramref name="editions"/>.</summary>
    public static (string Name, byte[] Bytes) IndexPage(IReadOnlyList<WebEditionTitle> editions) =>
        ($"{Folder}/index.html", Utf8(LanguagePage.Render(editions, AssetsFolder)));

    /// <summary>The report's page in the language of <paramref name="content"/>, linked to the same page in
    /// <paramref name="languages"/> and to the fact sheets of <paramref name="factSheets"/> (province code, name).</summary>
    public static (string Name, byte[] Bytes) ReportPageFile(ReportContent content, IReadOnlyList<Language> languages,
        IReadOnlyList<(string Code, string Name)> factSheets)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(factSheets);
        var others = languages.Where(l => l != content.Language)
            .Select(l => (l, $"../{PageFolder(content.Edition, l)}/index.html"))
            .ToList();
        return (PagePath(content.Edition, content.Language), Utf8(ReportPage.Render(content, others, "../" + AssetsFolder,
            [.. factSheets.Select(s => (s.Name, $"{FactSheetFolder}/{SheetFile(s.Code)}"))])));
    }

    /// <summary>The page of a fact sheet, linked to the same sheet in <paramref name="languages"/>.</summary>
    public static (string Name, byte[] Bytes) FactSheetPageFile(FactSheetContent sheet, IReadOnlyList<Language> languages)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(languages);
        var others = languages.Where(l => l != sheet.Language)
            .Select(l => (l, $"../../{PageFolder(sheet.Edition, l)}/{FactSheetFolder}/{SheetFile(sheet.ProvinceCode)}"))
            .ToList();
        return (FactSheetPath(sheet.Edition, sheet.ProvinceCode, sheet.Language),
            Utf8(FactSheetPage.Render(sheet, others, "../../" + AssetsFolder, "../index.html")));
    }

    /// <summary>The stylesheet and the fonts it declares, with their licence, read from <paramref name="fontsDirectory"/>
    /// (the bundled fonts by default).</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> AssetFiles(string? fontsDirectory = null)
    {
        var fonts = fontsDirectory ?? BundledFonts.Directory;
        return
        [
            ($"{Folder}/{AssetsFolder}/{StyleSheet}", Utf8(WebStyle.Css)),
            .. FontFiles.Select(file => ($"{Folder}/{AssetsFolder}/fonts/{file}", File.ReadAllBytes(Path.Combine(fonts, file)))),
        ];
    }

    /// <summary>The names of <see cref="AssetFiles"/>, without reading them.</summary>
    public static IReadOnlyList<string> AssetFileNames { get; } =
        [$"{Folder}/{AssetsFolder}/{StyleSheet}", .. FontFiles.Select(f => $"{Folder}/{AssetsFolder}/fonts/{f}")];

    /// <summary>The folder of the fact sheets inside a language's folder.</summary>
    public const string FactSheetFolder = "factsheets";

    /// <summary>The fact sheet of a province in <paramref name="language"/>, relative to the output folder:
    /// "web/2018-fr/factsheets/wht.html".</summary>
    public static string FactSheetPath(string edition, string provinceCode, Language language) =>
        $"{Folder}/{PageFolder(edition, language)}/{FactSheetFolder}/{SheetFile(provinceCode)}";

    private static string SheetFile(string provinceCode) => provinceCode.ToLowerInvariant() + ".html";

    /// <summary>The page of the report in <paramref name="language"/>, relative to the output folder: "web/2018-fr/index.html".</summary>
    public static string PagePath(string edition, Language language) => $"{Folder}/{PageFolder(edition, language)}/index.html";

    private static string PageFolder(string edition, Language language) =>
        string.Create(CultureInfo.InvariantCulture, $"{edition}-{language.Code}");

    /// <summary>UTF-8 without a byte-order mark.</summary>
    private static byte[] Utf8(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);

    /// <summary>The words of the synthetic-data notice, for the pages.</summary>
    internal static string SyntheticNotice(Language language) => PublicationWords.Synthetic[language];
}
