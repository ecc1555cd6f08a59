using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Web;

/// <summary>A fact sheet's web page, one per province and language: the sheet's content as accessible HTML.</summary>
public sealed class WebFactSheetPublication : Publication<WebFactSheetPageContent>
{
    /// <inheritdoc />
    public override Publication Kind => Publication.Web;

    /// <inheritdoc />
    public override IReadOnlyList<PublicationKey> Keys(PublicationContext edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return [.. FactSheetContentBuilder.Provinces(edition.Figures).SelectMany(p => edition.Languages.Select(l =>
            new PublicationKey($"web/factsheet/{p.Province}/{l.Code}", [WebEdition.FactSheetPath(edition.Edition, p.Province!.ToUpperInvariant(), l)],
                $"{p.Name.Display}'s, its region's and Belgium's figures", l, p.Province)))];
    }

    /// <inheritdoc />
    public override WebFactSheetPageContent BuildContent(PublicationContext edition, PublicationKey key)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(key);
        return new WebFactSheetPageContent(FactSheetPublication.Content(edition, key.Scope!, key.Language!), edition.Languages);
    }

    /// <inheritdoc />
    public override IReadOnlyList<byte[]> RenderContent(WebFactSheetPageContent content, PublicationAssets assets)
    {
        ArgumentNullException.ThrowIfNull(content);
        return [WebEdition.FactSheetPageFile(content.Sheet, content.Languages).Bytes];
    }
}
