using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Report;

/// <summary>The annual report: one PDF per language.</summary>
public sealed class ReportPublication : Publication<ReportContent>
{
    /// <inheritdoc />
    public override Publication Kind => Publication.Report;

    /// <inheritdoc />
    public override IReadOnlyList<PublicationKey> Keys(PublicationContext edition) =>
        [.. edition.Languages.Select(l => new PublicationKey($"report/{l.Code}", [ReportContentBuilder.FileName(edition.Edition, l)],
            "every figure and the data version", l, Cost: 60))];

    /// <inheritdoc />
    public override ReportContent BuildContent(PublicationContext edition, PublicationKey key) => Content(edition, key.Language!);

    /// <inheritdoc />
    public override IReadOnlyList<byte[]> RenderContent(ReportContent content, PublicationAssets assets) =>
        [ReportDocument.Compose(content, assets.Fonts, assets.Date, assets.Logo).GeneratePdf()];

    /// <summary>The report's content in <paramref name="language"/>, built once per edition (the web edition prints it too).</summary>
    public static ReportContent Content(PublicationContext edition, Language language)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return edition.Shared("report/" + language.Code, () => ReportContentBuilder.Build(
            new ReportInputs(edition.Figures, edition.Current, edition.Templates, edition.Settings, edition.DataVersion, edition.Date), language));
    }
}
