namespace ReportBuilder.Documents.Web;

/// <summary>The web edition's front door (web/index.html): the report's title in every language built.</summary>
public sealed class WebFrontDoorPublication : Publication<IReadOnlyList<WebEditionTitle>>
{
    /// <inheritdoc />
    public override Publication Kind => Publication.Web;

    /// <inheritdoc />
    public override IReadOnlyList<PublicationKey> Keys(PublicationContext edition) =>
        [new PublicationKey("web/index", [$"{WebEdition.Folder}/index.html"], "the editions' titles")];

    /// <inheritdoc />
    public override IReadOnlyList<WebEditionTitle> BuildContent(PublicationContext edition, PublicationKey key)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return [.. edition.Languages.Select(l => WebEditionTitle.Of(Report.ReportPublication.Content(edition, l)))];
    }

    /// <inheritdoc />
    public override IReadOnlyList<byte[]> RenderContent(IReadOnlyList<WebEditionTitle> content, PublicationAssets assets) =>
        [WebEdition.IndexPage(content).Bytes];
}
