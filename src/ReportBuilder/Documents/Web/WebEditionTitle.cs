using ReportBuilder.Documents.Report;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Web;

/// <summary>What the web edition's front door prints of the report in one language: its title, subtitle and publisher, the link
/// to its page and whether its data are synthetic.</summary>
/// <param name="Language">The language.</param>
/// <param name="Edition">The edition's id.</param>
/// <param name="Title">The report's title.</param>
/// <param name="Subtitle">The report's subtitle.</param>
/// <param name="Publisher">The publisher.</param>
/// <param name="IsSynthetic">Whether the data are synthetic.</param>
public sealed record WebEditionTitle(Language Language, string Edition, string Title, string Subtitle, string Publisher, bool IsSynthetic)
{
    /// <summary>The title of <paramref name="report"/>.</summary>
    public static WebEditionTitle Of(ReportContent report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Language, report.Edition, report.Title, report.Subtitle, report.Publisher, report.IsSynthetic);
    }
}
