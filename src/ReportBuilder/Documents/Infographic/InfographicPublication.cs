using System.Text;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Infographic;

/// <summary>The infographic: per language a PDF, a 150 dpi PNG, a PNG for the web and an SVG.</summary>
public sealed class InfographicPublication : Publication<InfographicContent>
{
    /// <summary>The folder of the infographics inside the output folder.</summary>
    public const string Folder = "infographic";

    /// <inheritdoc />
    public override Publication Kind => Publication.Infographic;

    /// <inheritdoc />
    public override IReadOnlyList<PublicationKey> Keys(PublicationContext edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return [.. edition.Languages.Select(l =>
        {
            string Name(string extension) => Folder + "/" + InfographicContentBuilder.FileName(edition.Edition, l, extension);
            return new PublicationKey($"infographic/{l.Code}", [Name(".pdf"), Name(".png"), Name("-1080.png"), Name(".svg")],
                "the national and regional headline figures", l, Cost: 25);
        })];
    }

    /// <inheritdoc />
    public override InfographicContent BuildContent(PublicationContext edition, PublicationKey key)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(key);
        return InfographicContentBuilder.Build(new InfographicInputs(edition.Figures, edition.InfographicPlan, edition.Templates, edition.Date),
            key.Language!);
    }

    /// <inheritdoc />
    public override IReadOnlyList<byte[]> RenderContent(InfographicContent content, PublicationAssets assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var document = InfographicDocument.Compose(content, assets.Icons, assets.Fonts, assets.Date);
        var outputs = document.GenerateAll(pdf: true, [150, InfographicDocument.DpiForWidth(InfographicDocument.WebWidth)], svg: true);
        return [outputs.Pdf!, outputs.Pngs[0][0], outputs.Pngs[1][0], Encoding.UTF8.GetBytes(outputs.Svgs![0])];
    }
}
