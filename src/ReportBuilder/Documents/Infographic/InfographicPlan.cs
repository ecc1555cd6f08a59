using ReportBuilder.Analysis;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Infographic;

/// <summary>
/// What the infographic shows, kept in a YAML file beside the codebook (barometer-2018.infographic.yaml) so that
/// the institute moves or changes a panel without code: numbered sections of panels, each naming its kind, its
/// questions, measure, scopes and icon. The plan holds no number: every number comes from the figures.
/// </summary>
/// <param name="Sections">The numbered sections, top to bottom.</param>
public sealed record InfographicPlan(IReadOnlyList<PlanSection> Sections)
{
    /// <summary>The plan's file beside a codebook: "barometer-2018.yaml" → "barometer-2018.infographic.yaml".</summary>
    public static string FileBeside(string codebookPath)
    {
        ArgumentNullException.ThrowIfNull(codebookPath);
        return Path.Combine(Path.GetDirectoryName(codebookPath) ?? ".", Path.GetFileNameWithoutExtension(codebookPath) + ".infographic.yaml");
    }
}

/// <summary>A numbered section of the sheet ("01 Methodology").</summary>
/// <param name="Number">The number printed on its banner.</param>
/// <param name="Title">The banner's title.</param>
/// <param name="Columns">How many panels sit side by side.</param>
/// <param name="Panels">The panels, in reading order.</param>
public sealed record PlanSection(int Number, LocalizedText Title, int Columns, IReadOnlyList<PlanPanel> Panels);

/// <summary>One panel of a section.</summary>
/// <param name="Kind">What the panel draws.</param>
/// <param name="Questions">The codebook questions it reads (none for <see cref="PanelKind.Response"/>).</param>
/// <param name="Measure">The measure of its big number (null for <see cref="PanelKind.Response"/>).</param>
/// <param name="Scopes">The scopes shown beside the national figure (the regional trio), in order.</param>
/// <param name="Icon">The name of its pictogram (a file of assets/icons without .svg).</param>
/// <param name="Span">How many columns it takes.</param>
/// <param name="Top">How many options a ranking shows.</param>
/// <param name="Line">Its line in the plan file (for messages).</param>
public sealed record PlanPanel(
    PanelKind Kind,
    IReadOnlyList<string> Questions,
    Measure? Measure,
    IReadOnlyList<string> Scopes,
    string Icon,
    int Span,
    int Top,
    int Line)
{
    /// <summary>The panel's (first) question.</summary>
    public string Question => Questions.Count > 0 ? Questions[0] : throw new InvalidOperationException($"A {Kind} panel reads no question.");
}

/// <summary>What a panel draws.</summary>
public enum PanelKind
{
    /// <summary>Response rate, respondents and representativeness, with a dot per municipality.</summary>
    Response,

    /// <summary>The top option of a question, with its share in each scope.</summary>
    Top,

    /// <summary>The items of a rated question ranked by mean, on a podium.</summary>
    Podium,

    /// <summary>The mean of a 0-10 scale as a score, with each scope's score on a scale.</summary>
    Score,

    /// <summary>One share per yes/no question, as rings side by side.</summary>
    Shares,

    /// <summary>The share of a yes/no question per scope, as simple fractions and pictograms.</summary>
    Regions,

    /// <summary>The first options of a question as bars, and the top option in each scope.</summary>
    Ranking,
}
