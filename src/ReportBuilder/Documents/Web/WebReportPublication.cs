using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Documents.Report;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Web;

/// <summary>The report's web page, one per language: the report's content as accessible HTML.</summary>
public sealed class WebReportPublication : Publication<WebReportPageContent>
{
    /// <inheritdoc />
    public override Publication Kind => Publication.Web;

    /// <inheritdoc />
    public override IReadOnlyList<PublicationKey> Keys(PublicationContext edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return [.. edition.Languages.Select(l => new PublicationKey($"web/report/{l.Code}", [WebEdition.PagePath(edition.Edition, l)],
            "every figure and the data version", l, Cost: 20))];
    }

    /// <inheritdoc />
    public override WebReportPageContent BuildContent(PublicationContext edition, PublicationKey key)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(key);
        var language = key.Language!;
        var sheets = FactSheetContentBuilder.Provinces(edition.Figures)
            .Select(p => (Code: p.Province!.ToUpperInvariant(), Name: p.Name[language]))
            .OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        return new WebReportPageContent(ReportPublication.Content(edition, language), edition.Languages, sheets);
    }

    /// <inheritdoc />
    public override IReadOnlyList<byte[]> RenderContent(WebReportPageContent content, PublicationAssets assets)
    {
        ArgumentNullException.ThrowIfNull(content);
        return [WebEdition.ReportPageFile(content.Report, content.Languages, content.FactSheets).Bytes];
    }
}
