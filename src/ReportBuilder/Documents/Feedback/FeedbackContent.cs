using ReportBuilder.Charts;
using ReportBuilder.Documents.Content;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Feedback;

/// <summary>
/// One municipality's confidential feedback sheet in one language, built by <see cref="FeedbackContentBuilder"/>
/// from its own answers (after corrections) and the figures, and rendered by <see cref="FeedbackDocument"/>: a
/// header band with its name, then the codebook's chapters and sections, each question's own answer beside the
/// figures of Belgium, its region, its province and its rural/urban group (withheld where they would reveal other
/// respondents' answers), its answers that changed since the previous wave, and how to read the sheet.
/// </summary>
/// <param name="Language">The sheet's language.</param>
/// <param name="Edition">The edition ("2018").</param>
/// <param name="Nis">The municipality's NIS code.</param>
/// <param name="Name">The municipality's name in the language.</param>
/// <param name="Title">The document title.</param>
/// <param name="Publication">The edition's title, for the running head.</param>
/// <param name="Publisher">The publisher.</param>
/// <param name="IsSynthetic">True when the data are synthetic (every page is marked).</param>
/// <param name="Kicker">The line above the name ("Confidential feedback sheet 2018").</param>
/// <param name="Subtitle">Where the municipality is: "Hainaut · Wallonia · urban municipality · NIS 52011".</param>
/// <param name="Confidential">"Confidential — for Charleroi only": on every page and in the metadata.</param>
/// <param name="Intro">The opening paragraph (feedback/intro).</param>
/// <param name="Chapters">The codebook's chapters, with their sections and questions.</param>
/// <param name="ChangeTitle">"Your answers that changed since 2017".</param>
/// <param name="ChangeText">The change in words (feedback/change).</param>
/// <param name="Change">The changed answers, or null when none.</param>
/// <param name="HowToRead">How to read intervals, small groups and withheld figures (feedback/how_to_read).</param>
/// <param name="Answers">Every answer the sheet gives as the municipality's own, in codebook order (for checks).</param>
/// <param name="Groups">Every group figure the sheet sets beside an answer, shown or withheld (for checks).</param>
/// <param name="Source">The source line.</param>
/// <param name="DataVersion">The data version line (SHA-256).</param>
public sealed record FeedbackContent(
    Language Language,
    string Edition,
    string Nis,
    string Name,
    string Title,
    string Publication,
    string Publisher,
    bool IsSynthetic,
    string Kicker,
    string Subtitle,
    string Confidential,
    Prose Intro,
    IReadOnlyList<FeedbackChapter> Chapters,
    string ChangeTitle,
    Prose ChangeText,
    DataTable? Change,
    Note HowToRead,
    IReadOnlyList<OwnAnswer> Answers,
    IReadOnlyList<GroupValue> Groups,
    string Source,
    string DataVersion);

/// <summary>A chapter of the codebook on a feedback sheet.</summary>
/// <param name="Title">The chapter's title.</param>
/// <param name="Sections">Its sections, in codebook order.</param>
public sealed record FeedbackChapter(string Title, IReadOnlyList<FeedbackSection> Sections);

/// <summary>A numbered section of the codebook on a feedback sheet: a banner and its blocks.</summary>
/// <param name="Number">The section's number ("#03" is 3).</param>
/// <param name="Title">The codebook's section title.</param>
/// <param name="Blocks">Its scores chart and answers table, in question order.</param>
public sealed record FeedbackSection(int Number, string Title, IReadOnlyList<FeedbackBlock> Blocks);

/// <summary>A block of a feedback section: <see cref="FeedbackScores"/> or <see cref="FeedbackAnswers"/>.</summary>
public abstract record FeedbackBlock
{
    private protected FeedbackBlock()
    {
    }
}

/// <summary>Scores (0–10 scales and rated items): the own score marked among the groups' means on a dot-and-whisker
/// chart, and where the score stands among the other respondents' in words.</summary>
/// <param name="Caption">What the chart shows.</param>
/// <param name="Chart">The chart: the own answer first, then the groups.</param>
/// <param name="Standing">One sentence per score where the rule allows it (feedback/standing).</param>
/// <param name="Reasons">Why a group figure is not shown.</param>
public sealed record FeedbackScores(string Caption, DotWhiskerChart Chart, Prose Standing, IReadOnlyList<string> Reasons) : FeedbackBlock;

/// <summary>Answers that are choices (yes/no, single and multiple choice): a table with the own answer in bold and the
/// groups' shares to its right.</summary>
/// <param name="Table">The table (its notes carry the reasons).</param>
/// <param name="Reasons">Why a group figure is not shown.</param>
public sealed record FeedbackAnswers(DataTable Table, IReadOnlyList<string> Reasons) : FeedbackBlock;

/// <summary>An answer a sheet gives as the municipality's own.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="OptionId">The item or option (rated items, multiple choice), or null.</param>
/// <param name="Column">The data column.</param>
/// <param name="Value">The value in the data, or null when it did not answer.</param>
/// <param name="Text">The answer as printed.</param>
public sealed record OwnAnswer(string QuestionId, string? OptionId, string Column, double? Value, string Text);

/// <summary>A group figure set beside an own answer.</summary>
/// <param name="ScopeId">The group ("BE", "region:WAL", "province:WHT", "area:urban").</param>
/// <param name="QuestionId">The question.</param>
/// <param name="OptionId">The option, or null.</param>
/// <param name="Others">How many other municipalities of the group answered (the figure's n less the own answer), or
/// null when the figure is suppressed.</param>
/// <param name="Text">The value as printed, or null when it is not shown.</param>
/// <param name="Reason">Why it is not shown, or null.</param>
/// <param name="Point">For a score shown on the chart, the very point the chart draws (its dot and interval), or null.</param>
/// <param name="Verdict">What <see cref="GroupDisclosure"/> decided.</param>
public sealed record GroupValue(string ScopeId, string QuestionId, string? OptionId, int? Others, string? Text, string? Reason,
    DotWhiskerPoint? Point = null, GroupDisclosure.Verdict Verdict = GroupDisclosure.Verdict.Shown)
{
    /// <summary>Whether the sheet prints the figure.</summary>
    public bool IsShown => Text is not null;
}
