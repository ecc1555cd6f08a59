using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Documents.FactSheets;

/// <summary>Reads a <see cref="FactSheetPlan"/> from YAML against a codebook; every problem (an unknown question
/// id or measure, a measure the question's type cannot give) is reported with its file and line.</summary>
public static class FactSheetPlanReader
{
    /// <summary>The measures a plan may name, as written in YAML.</summary>
    public static IReadOnlyList<string> Measures { get; } = ["mean", "share", "top_options"];

    /// <summary>Reads the plan at <paramref name="path"/>; when the file does not exist, the plan generated from
    /// <paramref name="codebook"/> (<see cref="FactSheetPlan.FromCodebook"/>), never one of another wave; a codebook
    /// without a question the sheets can show is then a problem of <paramref name="path"/>.</summary>
    public static (FactSheetPlan? Plan, IReadOnlyList<SurveyProblem> Problems) ReadFile(string path, Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(codebook);
        if (!File.Exists(path))
        {
            var generated = FactSheetPlan.FromCodebook(codebook);
            return generated.Indicators.Count > 0
                ? (generated, [])
                : (null, [new SurveyProblem(path, 0, null, null,
                    "no fact-sheet plan here, and the codebook has no 0–10, yes/no or multiple-choice question to make one from: write this plan")]);
        }
        return Read(File.ReadAllText(path), path, codebook);
    }

    /// <summary>Reads a plan from YAML <paramref name="text"/>; <paramref name="file"/> names it in messages.</summary>
    public static (FactSheetPlan? Plan, IReadOnlyList<SurveyProblem> Problems) Read(string text, string file, Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(codebook);
        var problems = new List<SurveyProblem>();
        var (yaml, root) = YamlSource.Parse(text, file, problems);
        if (root is null)
        {
            return (null, problems);
        }
        var indicators = new List<FactSheetIndicator>();
        var items = yaml.Items(root, "indicators");
        if (items.Count == 0 && problems.Count == 0)
        {
            yaml.Error(root, "indicators", null, "the plan lists no indicator");
        }
        foreach (var item in items)
        {
            var question = yaml.String(item, "question");
            var measureText = yaml.String(item, "measure");
            var top = yaml.Child(item, "top", required: false) is null ? 1 : yaml.Int(item, "top");
            if (question is null || measureText is null || top is null)
            {
                continue;
            }
            IndicatorMeasure? measure = measureText switch
            {
                "mean" => IndicatorMeasure.Mean,
                "share" => IndicatorMeasure.Share,
                "top_options" => IndicatorMeasure.TopOptions,
                _ => null,
            };
            if (measure is null)
            {
                yaml.Error(yaml.Child(item, "measure")!, "measure", measureText,
                    $"unknown measure '{measureText}' (expected one of {string.Join(", ", Measures)})");
                continue;
            }
            if (codebook.FindQuestion(question) is null)
            {
                yaml.Error(yaml.Child(item, "question")!, "question", question, $"unknown question id '{question}' (not in the codebook of {codebook.Edition.Id})");
                continue;
            }
            if (Check(question, measure.Value, codebook) is { } problem)
            {
                yaml.Error(yaml.Child(item, "measure")!, "measure", measureText, problem);
                continue;
            }
            if (top is < 1 or > 5)
            {
                yaml.Error(yaml.Child(item, "top")!, "top", top.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "'top' must be from 1 to 5");
                continue;
            }
            indicators.Add(new FactSheetIndicator(question, measure.Value, measure == IndicatorMeasure.TopOptions ? top.Value : 1));
        }
        return problems.Count > 0 ? (null, problems) : (new FactSheetPlan(indicators), problems);
    }

    /// <summary>Why <paramref name="measure"/> cannot show question <paramref name="questionId"/>, or null when it can.</summary>
    private static string? Check(string questionId, IndicatorMeasure measure, Codebook codebook)
    {
        if (codebook.FindQuestion(questionId) is not { } question)
        {
            return $"unknown question id '{questionId}'";
        }
        var fits = measure switch
        {
            IndicatorMeasure.Mean => question.Type == QuestionType.Scale0To10,
            IndicatorMeasure.Share => question.Type == QuestionType.YesNo,
            _ => question.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice,
        };
        var expected = measure switch
        {
            IndicatorMeasure.Mean => "a 0–10 scale",
            IndicatorMeasure.Share => "a yes/no question",
            _ => "a single- or multiple-choice question",
        };
        return fits ? null : $"question '{questionId}' is {question.Type}; measure {Measures[(int)measure]} needs {expected}";
    }
}
