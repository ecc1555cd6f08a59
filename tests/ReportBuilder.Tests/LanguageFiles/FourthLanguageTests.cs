using System.Text.RegularExpressions;
using ReportBuilder.Localization;
using ReportBuilder.Publishing;
using ReportBuilder.Tests.Publishing;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.LanguageFiles;

/// <summary>A language is files, not code: a project adds one by a folder templates/eo/ (the English templates and a
/// words file of its own) and its labels in the codebooks and frame, lists it in reportbuilder.yaml, and every
/// publication builds in it — with no line of code naming it.</summary>
public sealed partial class FourthLanguageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rb-fourth-language-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_language_added_by_files_alone_builds_every_publication()
    {
        StarterProject.Write(_folder, "eo");
        StarterProject.WithFeedbackSheets(_folder);
        // The language: the English templates, and a words file with its own header and a word of its own.
        var english = Path.Combine(_folder, "templates", "en");
        var esperanto = Path.Combine(_folder, "templates", "eo");
        foreach (var file in Directory.EnumerateFiles(english, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(esperanto, Path.GetRelativePath(english, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        StarterProject.Replace(_folder, Path.Combine("templates", "eo", "words.yaml"),
            "language: {code: en, culture: en-BE, name: English, order: 1}", "language: {code: eo, culture: eo, name: Esperanto, order: 5}");
        StarterProject.Replace(_folder, Path.Combine("templates", "eo", "words.yaml"), "publication.page: \"Page\"", "publication.page: \"Paĝo\"");
        // Its labels: every English label of the codebooks and the frame, given in Esperanto too.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_folder, "codebooks"), "*.yaml").Append(Path.Combine(_folder, "frames", "belgium-2018.yaml")))
        {
            var text = File.ReadAllText(file);
            text = InlineEnglish().Replace(text, m => "{eo: " + m.Groups["text"].Value + ", en: " + m.Groups["text"].Value);
            text = BlockEnglish().Replace(text, m => m.Value + "\n" + m.Groups["indent"].Value + "eo: " + m.Groups["text"].Value);
            File.WriteAllText(file, text);
        }

        var result = StarterProject.Build(_folder, Path.Combine(_folder, "out"), force: false);

        var names = result.Files.Select(f => f.File).ToList();
        Assert.Contains("barometer-2018-report-eo.pdf", names);
        Assert.Contains("barometer-2018-key-figures-eo.pdf", names);
        Assert.Contains("infographic/barometer-2018-infographic-eo.pdf", names);
        Assert.Equal(11, names.Count(n => n.StartsWith("factsheets/2018-", StringComparison.Ordinal) && n.EndsWith("-eo.pdf", StringComparison.Ordinal)));
        Assert.Contains(names, n => n.StartsWith("web/2018-eo/", StringComparison.Ordinal));
        // The confidential sheets: no municipality's own language is published, so each gets the edition's language.
        Assert.Equal(123, names.Count(n => n.StartsWith("feedback/", StringComparison.Ordinal) && n.EndsWith("-eo.pdf", StringComparison.Ordinal)));
        Assert.DoesNotContain(names, n => Regex.IsMatch(n, "-(en|fr|nl|de)\\.pdf$"));
        using var report = PdfDocument.Open(result.Files.Single(f => f.File == "barometer-2018-report-eo.pdf").Bytes);
        Assert.Contains("Paĝo", report.GetPage(3).Text, StringComparison.Ordinal);
    }

    [GeneratedRegex("\\{en: (?<text>\"(?:[^\"\\\\]|\\\\.)*\"|[^,}]*)")]
    private static partial Regex InlineEnglish();

    [GeneratedRegex("^(?<indent> +)en: (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex BlockEnglish();
}
