using System.Globalization;
using ReportBuilder.Analysis;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Documents.Infographic;

/// <summary>Reads an <see cref="InfographicPlan"/> from YAML and checks it against the codebook, the frame's scopes
/// and the icons at hand; every problem is reported with its file and line, and reading goes on to find the others.</summary>
public static class InfographicPlanReader
{
    private static readonly Dictionary<string, PanelKind> Kinds = new(StringComparer.Ordinal)
    {
        ["response"] = PanelKind.Response,
        ["top"] = PanelKind.Top,
        ["podium"] = PanelKind.Podium,
        ["score"] = PanelKind.Score,
        ["shares"] = PanelKind.Shares,
        ["regions"] = PanelKind.Regions,
        ["ranking"] = PanelKind.Ranking,
    };

    private static readonly Dictionary<string, Measure> Measures = new(StringComparer.Ordinal)
    {
        ["share"] = Measure.Share,
        ["mean"] = Measure.Mean,
    };

    /// <summary>Reads the plan at <paramref name="path"/>.</summary>
    /// <param name="path">The plan file.</param>
    /// <param name="codebook">The codebook its questions must belong to.</param>
    /// <param name="scopes">The scope ids of the frame ("BE", "region:VLG", ...).</param>
    /// <param name="icons">The icon names available.</param>
    public static (InfographicPlan? Plan, IReadOnlyList<SurveyProblem> Problems) ReadFile(
        string path, Codebook codebook, IReadOnlyCollection<string> scopes, IReadOnlyCollection<string> icons)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return (null, [new SurveyProblem(path, 0, null, null, $"the infographic plan is missing (looked for {path})")]);
        }
        return Read(File.ReadAllText(path), path, codebook, scopes, icons);
    }

    /// <summary>Reads a plan from YAML <paramref name="text"/>; <paramref name="file"/> names it in messages.</summary>
    public static (InfographicPlan? Plan, IReadOnlyList<SurveyProblem> Problems) Read(
        string text, string file, Codebook codebook, IReadOnlyCollection<string> scopes, IReadOnlyCollection<string> icons)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(icons);
        var problems = new List<SurveyProblem>();
        var (yaml, root) = YamlSource.Parse(text, file, problems);
        if (root is null)
        {
            return (null, problems);
        }
        var sections = new List<PlanSection>();
        var numbers = new HashSet<int>();
        foreach (var node in yaml.Items(root, "sections"))
        {
            var number = yaml.Int(node, "number");
            var title = yaml.Text(node, "title");
            var columns = yaml.Int(node, "columns", required: false) ?? 1;
            if (columns is < 1 or > 4)
            {
                yaml.Error(node, "columns", columns.ToString(CultureInfo.InvariantCulture), "'columns' must be 1 to 4");
            }
            if (number is { } n && !numbers.Add(n))
            {
                yaml.Error(node, "number", n.ToString(CultureInfo.InvariantCulture), $"section {n} is given twice");
            }
            var panels = yaml.Items(node, "panels").Select(p => Panel(yaml, p, codebook, scopes, icons, columns)).ToList();
            if (number is { } num && title is not null && panels.All(p => p is not null))
            {
                sections.Add(new PlanSection(num, title, columns, [.. panels.Select(p => p!)]));
            }
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        return (new InfographicPlan(sections), problems);
    }

    private static PlanPanel? Panel(
        YamlSource yaml, YamlMappingNode node, Codebook codebook, IReadOnlyCollection<string> scopes, IReadOnlyCollection<string> icons, int columns)
    {
        var before = ProblemCount(yaml);
        var line = (int)node.Start.Line;
        var kindText = yaml.String(node, "kind");
        PanelKind? kind = null;
        if (kindText is not null)
        {
            if (Kinds.TryGetValue(kindText, out var k))
            {
                kind = k;
            }
            else
            {
                yaml.Error(yaml.Child(node, "kind")!, "kind", kindText, $"unknown panel kind '{kindText}' (known: {string.Join(", ", Kinds.Keys)})");
            }
        }
        var questions = new List<string>();
        if (yaml.Child(node, "question", required: false) is not null)
        {
            questions.Add(yaml.String(node, "question") ?? "");
        }
        if (yaml.Child(node, "questions", required: false) is not null)
        {
            questions.AddRange(yaml.Strings(node, "questions"));
        }
        var questionNode = yaml.Child(node, "question", required: false) ?? yaml.Child(node, "questions", required: false) ?? node;
        foreach (var id in questions.Where(id => id.Length > 0))
        {
            var question = codebook.FindQuestion(id);
            if (question is null)
            {
                yaml.Error(questionNode, "question", id, $"the codebook of {codebook.Edition.Id} has no question '{id}'");
            }
            else if (kind is { } panelKind && !Fits(panelKind, question.Type))
            {
                yaml.Error(questionNode, "question", id, $"a {kindText} panel cannot show '{id}', a {question.Type} question");
            }
        }
        if (kind is { } needs && needs != PanelKind.Response && questions.Count == 0)
        {
            yaml.Error(node, "question", null, $"a {kindText} panel needs a question");
        }
        if (kind == PanelKind.Shares && questions.Count is < 1 or > 4)
        {
            yaml.Error(questionNode, "questions", null, "a shares panel shows one to four questions");
        }
        Measure? measure = null;
        if (kind is { } withMeasure && withMeasure != PanelKind.Response)
        {
            var measureText = yaml.String(node, "measure");
            if (measureText is not null)
            {
                if (!Measures.TryGetValue(measureText, out var m))
                {
                    yaml.Error(yaml.Child(node, "measure")!, "measure", measureText, $"unknown measure '{measureText}' (known: {string.Join(", ", Measures.Keys)})");
                }
                else if (m != MeasureOf(withMeasure))
                {
                    yaml.Error(yaml.Child(node, "measure")!, "measure", measureText,
                        $"a {kindText} panel shows a {(MeasureOf(withMeasure) == Measure.Mean ? "mean" : "share")}, not a {measureText}");
                }
                else
                {
                    measure = m;
                }
            }
        }
        var scopeIds = yaml.Child(node, "scopes", required: false) is null ? [] : yaml.Strings(node, "scopes");
        foreach (var scope in scopeIds.Where(s => !scopes.Contains(s)))
        {
            yaml.Error(yaml.Child(node, "scopes")!, "scopes", scope, $"unknown scope '{scope}' (the frame's scopes are like BE, region:VLG, province:WHT, area:urban)");
        }
        var icon = yaml.String(node, "icon");
        if (icon is not null && !icons.Contains(icon))
        {
            yaml.Error(yaml.Child(node, "icon")!, "icon", icon, $"unknown icon '{icon}' (available: {string.Join(", ", icons.Order(StringComparer.Ordinal))})");
        }
        var span = yaml.Int(node, "span", required: false) ?? 1;
        if (span < 1 || span > columns)
        {
            yaml.Error(node, "span", span.ToString(CultureInfo.InvariantCulture), $"'span' must be 1 to the section's {columns} columns");
        }
        var top = yaml.Int(node, "top", required: false) ?? 5;
        if (top is < 1 or > 10)
        {
            yaml.Error(node, "top", top.ToString(CultureInfo.InvariantCulture), "'top' must be 1 to 10");
        }
        if (ProblemCount(yaml) > before || kind is null || icon is null)
        {
            return null;
        }
        return new PlanPanel(kind.Value, questions, measure, scopeIds, icon, span, top, line);
    }

    private static int ProblemCount(YamlSource yaml) => yaml.ProblemCount;

    private static Measure MeasureOf(PanelKind kind) => kind is PanelKind.Podium or PanelKind.Score ? Measure.Mean : Measure.Share;

    private static bool Fits(PanelKind kind, QuestionType type) => kind switch
    {
        PanelKind.Top or PanelKind.Ranking => type is QuestionType.SingleChoice or QuestionType.MultipleChoice,
        PanelKind.Podium => type == QuestionType.RatedItems,
        PanelKind.Score => type == QuestionType.Scale0To10,
        PanelKind.Shares or PanelKind.Regions => type == QuestionType.YesNo,
        _ => false,
    };
}
