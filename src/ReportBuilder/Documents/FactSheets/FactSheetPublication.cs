using ReportBuilder.Localization;

namespace ReportBuilder.Documents.FactSheets;

/// <summary>The fact sheets: one PDF per province scope of the frame and language.</summary>
public sealed class FactSheetPublication : Publication<FactSheetContent>
{
    /// <inheritdoc />
    public override Publication Kind => Publication.FactSheets;

    /// <inheritdoc />
    public override IReadOnlyList<PublicationKey> Keys(PublicationContext edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return [.. FactSheetContentBuilder.Provinces(edition.Figures).SelectMany(p => edition.Languages.Select(l =>
            new PublicationKey($"factsheet/{p.Province}/{l.Code}", [FactSheetContentBuilder.FileName(edition.Edition, p.Province!, l).Replace('\\', '/')],
                $"{p.Name.Display}'s, its region's and Belgium's figures", l, p.Province, Cost: 3)))];
    }

    /// <inheritdoc />
    public override FactSheetContent BuildContent(PublicationContext edition, PublicationKey key) =>
        Content(edition, key.Scope!, key.Language!);

    /// <inheritdoc />
    public override IReadOnlyList<byte[]> RenderContent(FactSheetContent content, PublicationAssets assets) =>
        [FactSheetDocument.Compose(content, assets.CompactFonts, assets.Date).GeneratePdf()];

    /// <summary>The sheet of <paramref name="province"/> in <paramref name="language"/>, built once per edition (the
    /// web edition prints it too).</summary>
    public static FactSheetContent Content(PublicationContext edition, string province, Language language)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return edition.Shared($"factsheet/{province}/{language.Code}", () => FactSheetContentBuilder.Build(
            new FactSheetInputs(edition.Figures, edition.Templates, edition.SheetPlan, edition.Date), province, language));
    }
}
