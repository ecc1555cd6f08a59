using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Feedback;

/// <summary>A group figure a feedback sheet would print that lets its reader deduce another municipality's answer.</summary>
/// <param name="Sheet">The sheet's file ("feedback/2018-21004-fr.pdf").</param>
/// <param name="Municipality">The municipality the sheet is for.</param>
/// <param name="Nis">Its NIS code.</param>
/// <param name="Language">The sheet's language.</param>
/// <param name="ScopeId">The group.</param>
/// <param name="QuestionId">The question.</param>
/// <param name="OptionId">The option or item, or null.</param>
/// <param name="Row">The row as the sheet labels it.</param>
/// <param name="Printed">The figure as printed.</param>
/// <param name="Rule">What the reader learns, in words.</param>
public sealed record FeedbackDisclosure(string Sheet, string Municipality, string Nis, Language Language, string ScopeId,
    string QuestionId, string? OptionId, string Row, string Printed, string Rule)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Sheet} ({Municipality}, NIS {Nis}, {Language.Code}): row \"{Row}\", group {ScopeId} prints \"{Printed}\": {Rule}";
}
