using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.KeyFigures;

/// <summary>Reads a <see cref="KeyFiguresPlan"/> from YAML against a codebook; an unknown key, an unknown question or a
/// question of the wrong type for its section is reported with its file, line and column.</summary>
public static class KeyFiguresPlanReader
{
    private static readonly (string Key, QuestionType Type, string Expected)[] Sections =
    [
        ("score", QuestionType.Scale0To10, "a 0–10 question (scale_0_10)"),
        ("ranking", QuestionType.RatedItems, "a question of rated items (rated_items)"),
        ("options", QuestionType.MultipleChoice, "a multiple-choice question (multiple_choice)"),
    ];

    /// <summary>Reads the plan at <paramref name="path"/>; when the file does not exist, the plan generated from
    /// <paramref name="codebook"/> (<see cref="KeyFiguresPlan.FromCodebook"/>), never one of another wave.</summary>
    public static (KeyFiguresPlan? Plan, IReadOnlyList<SurveyProblem> Problems) ReadFile(string path, Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(codebook);
        return File.Exists(path) ? Read(File.ReadAllText(path), path, codebook) : (KeyFiguresPlan.FromCodebook(codebook), []);
    }

    /// <summary>Reads a plan from YAML <paramref name="text"/>; <paramref name="file"/> names it in messages.</summary>
    public static (KeyFiguresPlan? Plan, IReadOnlyList<SurveyProblem> Problems) Read(string text, string file, Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(codebook);
        var problems = new List<SurveyProblem>();
        var (yaml, root) = YamlSource.Parse(text, file, problems);
        if (root is null)
        {
            return (null, problems);
        }
        yaml.OnlyKeys(root, [.. Sections.Select(s => s.Key)]);
        var chosen = new string?[Sections.Length];
        for (var i = 0; i < Sections.Length; i++)
        {
            var (key, type, expected) = Sections[i];
            if (yaml.String(root, key, required: false) is not { } id)
            {
                continue;
            }
            var node = yaml.Child(root, key)!;
            if (codebook.FindQuestion(id) is not { } question)
            {
                yaml.Error(node, key, id, $"unknown question id '{id}' (not in the codebook of {codebook.Edition.Id})");
            }
            else if (question.Type != type)
            {
                yaml.Error(node, key, id, $"the {key} section shows {expected}; '{id}' is {question.Type}");
            }
            else
            {
                chosen[i] = id;
            }
        }
        if (problems.Count == 0 && chosen.All(c => c is null))
        {
            yaml.Error(root, null, null, "the plan names no question: give at least one of score, ranking and options");
        }
        return problems.Count > 0 ? (null, problems) : (new KeyFiguresPlan(chosen[0], chosen[1], chosen[2]), problems);
    }
}
