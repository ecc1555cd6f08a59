using System.Globalization;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.KeyFigures;

/// <summary>The key-figures leaflet: one PDF per language.</summary>
public sealed class KeyFiguresPublication : Publication<KeyFiguresContent>
{
    /// <inheritdoc />
    public override Publication Kind => Publication.KeyFigures;

    /// <summary>The file name of the leaflet in <paramref name="language"/>.</summary>
    public static string FileName(string edition, Language language) =>
        string.Create(CultureInfo.InvariantCulture, $"barometer-{edition}-key-figures-{language.Code}.pdf");

    /// <inheritdoc />
    public override IReadOnlyList<PublicationKey> Keys(PublicationContext edition) =>
        [.. edition.Languages.Select(l => new PublicationKey($"key-figures/{l.Code}", [FileName(edition.Edition, l)],
            "the national figures of the questions it shows", l, Cost: 4))];

    /// <inheritdoc />
    public override KeyFiguresContent BuildContent(PublicationContext edition, PublicationKey key) =>
        KeyFiguresContentBuilder.Build(edition.Figures, edition.Templates, edition.Settings.Subtitle, edition.KeyFiguresPlan, key.Language!);

    /// <inheritdoc />
    public override IReadOnlyList<byte[]> RenderContent(KeyFiguresContent content, PublicationAssets assets) =>
        [KeyFiguresDocument.Compose(content, assets.Fonts, assets.Date).GeneratePdf()];
}
