namespace ReportBuilder.Survey.Model;

/// <summary>How a question is asked and how its answers are stored.</summary>
public enum QuestionType
{
    /// <summary>A whole number from 0 to 10 in one column (self-assessed progress).</summary>
    Scale0To10,

    /// <summary>Yes (1) or no (0) in one column.</summary>
    YesNo,

    /// <summary>One option, stored as the option's whole-number code in one column (respondent role, main initiator).</summary>
    SingleChoice,

    /// <summary>Any number of options, one 0/1 column per option (associations, strategic areas, benefits).</summary>
    MultipleChoice,

    /// <summary>A whole-number rating from 0 to 10 per item, one column per item (the human, institutional and technological factors).</summary>
    RatedItems,

    /// <summary>A rank per item (1 = first), one column per item, ranks from 1 to the number of items.</summary>
    Ranking,
}
