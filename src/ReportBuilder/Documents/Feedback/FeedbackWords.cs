using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Feedback;

/// <summary>The fixed words of the feedback sheets (the sentences are in templates/{en,fr,nl}/feedback). French sets
/// U+202F before : ; ? and !.</summary>
internal static class FeedbackWords
{
    public static readonly Term Kicker = new("feedback.kicker");
    public static readonly Term FeedbackSheet = new("feedback.feedback_sheet");
    public static readonly Term Confidential = new("feedback.confidential");
    public static readonly Term ForOnly = new("feedback.for_only");
    public static readonly Term Urban = new("feedback.urban");
    public static readonly Term Rural = new("feedback.rural");
    public static readonly Term Province = new("feedback.province");
    public static readonly Term YourAnswer = new("feedback.your_answer");
    public static readonly Term You = new("feedback.you");
    public static readonly Term DidNotAnswer = new("feedback.did_not_answer");
    public static readonly Term Yes = new("feedback.yes");
    public static readonly Term No = new("feedback.no");
    public static readonly Term Ticked = new("feedback.ticked");
    public static readonly Term NotTicked = new("feedback.not_ticked");
    public static readonly Term Withheld = new("feedback.withheld");
    public static readonly Term ScoreTitle = new("feedback.score_title");
    public static readonly Term Question = new("feedback.question");
    public static readonly Term Answer = new("feedback.answer");
    public static readonly Term ScoresCaption = new("feedback.scores_caption");
    public static readonly Term SharesCaption = new("feedback.shares_caption");
    public static readonly Term PercentYes = new("feedback.percent_yes");
    public static readonly Term PercentSame = new("feedback.percent_same");
    public static readonly Term PercentTicked = new("feedback.percent_ticked");
    public static readonly Term MeanRank = new("feedback.mean_rank");
    public static readonly Term SameAnswer = new("feedback.same_answer");
    public static readonly Term MostFrequent = new("feedback.most_frequent");
    public static readonly Term ShareYes = new("feedback.share_yes");

    /// <summary>One line per group figure withheld on the sheet: {0} the group, {1} the threshold.</summary>
    public static readonly Term WithheldBySubtraction = new("feedback.withheld_by_subtraction");
    /// <summary>One line per group whose share is withheld on the sheet because the others were unanimous: {0} the group.</summary>
    public static readonly Term WithheldAsUnanimous = new("feedback.withheld_as_unanimous");

    /// <summary>One line per group whose mean is withheld on the sheet because the others all gave the same answer: {0} the group.</summary>
    public static readonly Term WithheldAsUnanimousMean = new("feedback.withheld_as_unanimous_mean");

    /// <summary>One line per group withheld because, beside the row's other group figures, it would reveal how a set of the
    /// other municipalities answered (CombinedShares): {0} the group.</summary>
    public static readonly Term WithheldInCombination = new("feedback.withheld_in_combination");

    public static readonly Term NotPublishedTooFew = new("feedback.not_published_too_few");
    public static readonly Term NotPublishedNoAnswers = new("feedback.not_published_no_answers");
    public static readonly Term NotPublishedGroup = new("feedback.not_published_group");
    public static readonly Term NotPublishedProtects = new("feedback.not_published_protects");

    public static readonly Term Change = new("feedback.change");
    public static readonly Term ChangeCaption = new("feedback.change_caption");
    public static readonly Term HowToRead = new("feedback.how_to_read");
    public static readonly Term DataVersion = new("feedback.data_version");
    public static readonly Term SyntheticSample = new("feedback.synthetic_sample");
}
