using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Infographic;

/// <summary>The fixed words of the infographic (no number is ever written here: numbers come from the figures).
/// French puts a narrow no-break space (U+202F) before : ; ? and !.</summary>
public static class InfographicWords
{
    /// <summary>The line under the title.</summary>
    public static readonly Term Subtitle = new("infographic.subtitle");

    /// <summary>The survey in one line, before the fieldwork dates.</summary>
    public static readonly Term Survey = new("infographic.survey");

    /// <summary>Panel heading: who took part.</summary>
    public static readonly Term Participation = new("infographic.participation");

    /// <summary>Panel heading: the response rate.</summary>
    public static readonly Term ResponseRate = new("infographic.response_rate");

    /// <summary>Under the response rate.</summary>
    public static readonly Term ResponseRateLine = new("infographic.response_rate_line");

    /// <summary>Under the number of respondents; {0} is the number of municipalities in the frame.</summary>
    public static readonly Term RespondentsLine = new("infographic.respondents_line");

    /// <summary>The dots' legend.</summary>
    public static readonly Term DotLegend = new("infographic.dot_legend");

    /// <summary>Representativeness: the sample follows the frame on these dimensions ({0}).</summary>
    public static readonly Term Representative = new("infographic.representative");

    /// <summary>Representativeness: the sample differs from the frame on these dimensions ({0}).</summary>
    public static readonly Term NotRepresentative = new("infographic.not_representative");

    /// <summary>How representativeness was tested.</summary>
    public static readonly Term RepresentativeHow = new("infographic.representative_how");

    /// <summary>"and" joining the last two items of a list.</summary>
    public static readonly Term And = new("infographic.and");

    /// <summary>The dimensions of the representativeness tests, by their id.</summary>
    public static readonly IReadOnlyDictionary<string, Term> Dimensions = new Dictionary<string, Term>(StringComparer.Ordinal)
    {
        ["region"] = new("infographic.dimensions.region"),
        ["province"] = new("infographic.dimensions.province"),
        ["area"] = new("infographic.dimensions.area"),
    };

    /// <summary>Under a podium.</summary>
    public static readonly Term PodiumLine = new("infographic.podium_line");

    /// <summary>Under a score.</summary>
    public static readonly Term ScoreLine = new("infographic.score_line");

    /// <summary>Under a regional share; {0} is the question's short label.</summary>
    public static readonly Term RegionsLine = new("infographic.regions_line");

    /// <summary>Under a ranking.</summary>
    public static readonly Term RankingLine = new("infographic.ranking_line");

    /// <summary>Heading of the regional tops of a ranking.</summary>
    public static readonly Term TopPerRegion = new("infographic.top_per_region");

    /// <summary>A mean "out of 10".</summary>
    public static readonly Term OutOf10 = new("infographic.out_of10");

    /// <summary>Tied options.</summary>
    public static readonly Term Tied = new("infographic.tied");

    /// <summary>Footer: sample size; {0} respondents of {1}.</summary>
    public static readonly Term Sample = new("infographic.sample");

    /// <summary>Footer: few answers.</summary>
    public static readonly Term FewAnswers = new("infographic.few_answers");

    /// <summary>Footer: <see cref="FewAnswers"/> when the rule also protects small groups.</summary>
    public static readonly Term FewAnswersGroups = new("infographic.few_answers_groups");

    /// <summary>Footer: the data version.</summary>
    public static readonly Term FiguresVersion = new("infographic.figures_version");

    /// <summary>Footer: the icons' credit.</summary>
    public static readonly Term Icons = new("infographic.icons");
}
