namespace ReportBuilder.Documents.Web;

/// <summary>The web edition's stylesheet and fonts (web/assets/): its content is the stylesheet; the fonts are among
/// the assets every unit is fingerprinted with.</summary>
public sealed class WebAssetsPublication : Publication<string>
{
    /// <inheritdoc />
    public override Publication Kind => Publication.Web;

    /// <inheritdoc />
    public override IReadOnlyList<PublicationKey> Keys(PublicationContext edition) =>
        [new PublicationKey("web/assets", WebEdition.AssetFileNames, "the stylesheet and fonts")];

    /// <inheritdoc />
    public override string BuildContent(PublicationContext edition, PublicationKey key) => WebStyle.Css;

    /// <inheritdoc />
    public override IReadOnlyList<byte[]> RenderContent(string content, PublicationAssets assets) =>
        [.. WebEdition.AssetFiles().Select(f => f.Bytes)];
}
