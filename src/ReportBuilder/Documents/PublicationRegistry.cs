using ReportBuilder.Documents.Data;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Documents.Infographic;
using ReportBuilder.Documents.KeyFigures;
using ReportBuilder.Documents.Report;
using ReportBuilder.Documents.Web;

namespace ReportBuilder.Documents;

/// <summary>Every publication ReportBuilder makes, in the order a build lists them. Adding a publication is one
/// class and one line here.</summary>
public static class PublicationRegistry
{
    /// <summary>The bundled publications.</summary>
    public static IReadOnlyList<IPublication> Default { get; } =
    [
        new FiguresDataPublication(),
        new KeyFiguresPublication(),
        new ReportPublication(),
        new FactSheetPublication(),
        new InfographicPublication(),
        new WebFrontDoorPublication(),
        new WebAssetsPublication(),
        new WebReportPublication(),
        new WebFactSheetPublication(),
        new FeedbackPublication(),
    ];
}
