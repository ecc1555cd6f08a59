using ReportBuilder.Analysis.Export;

namespace ReportBuilder.Documents.Data;

/// <summary>figures.json and figures.csv: every figure of the edition, with its interval and disclosure.</summary>
public sealed class FiguresDataPublication : Publication<FiguresDataContent>
{
    /// <inheritdoc />
    public override Publication Kind => Publication.Figures;

    /// <inheritdoc />
    public override IReadOnlyList<PublicationKey> Keys(PublicationContext edition) =>
        [new PublicationKey("figures", ["figures.json", "figures.csv"], "every figure", Cost: 4)];

    /// <inheritdoc />
    public override FiguresDataContent BuildContent(PublicationContext edition, PublicationKey key)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return new FiguresDataContent(FiguresJson.Write(edition.Figures, edition.Languages), FiguresCsv.Write(edition.Figures));
    }

    /// <inheritdoc />
    public override IReadOnlyList<byte[]> RenderContent(FiguresDataContent content, PublicationAssets assets)
    {
        ArgumentNullException.ThrowIfNull(content);
        return [content.Json, content.Csv];
    }
}
