using System.Globalization;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Survey.Corrections;

/// <summary>
/// Applies the corrections of a wave to its responses, in file order. A correction whose old value does not
/// match the cell is refused (someone corrected a stale file), as is one whose new value the codebook does not
/// allow. Corrections for other waves are left alone, each with a warning (a mistyped wave is not silently dropped).
/// </summary>
internal static class CorrectionApplier
{
    public static (List<Response> Responses, List<AppliedCorrection> Applied) Apply(
        IReadOnlyList<Response> responses,
        IReadOnlyList<Correction> corrections,
        Codebook codebook,
        List<SurveyProblem> problems)
    {
        var rows = responses.ToList();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            positions.TryAdd(rows[i].Nis, i);
        }
        var applied = new List<AppliedCorrection>();
        foreach (var other in corrections.Where(c => c.Wave != codebook.Edition.Id))
        {
            problems.Add(new SurveyProblem(
                other.File,
                other.Line,
                CorrectionReader.Wave,
                other.Wave,
                $"not this wave ({codebook.Edition.Id}): left alone, {Describe(other)}",
                ProblemSeverity.Warning));
        }
        foreach (var correction in corrections.Where(c => c.Wave == codebook.Edition.Id))
        {
            void Refuse(string column, string? value, string message) =>
                problems.Add(new SurveyProblem(correction.File, correction.Line, column, value, message + " " + Describe(correction)));

            var question = codebook.QuestionOfColumn(correction.Column);
            if (question is null)
            {
                Refuse(CorrectionReader.Column, correction.Column, "refused: the codebook has no answer column of this name in");
                continue;
            }
            if (!positions.TryGetValue(correction.Nis, out var position))
            {
                Refuse(CorrectionReader.Nis, correction.Nis, "refused: no municipality with this NIS code answered in");
                continue;
            }
            var rule = CellRule.For(question);
            var old = rule.Parse(correction.OldValue, out var oldError);
            var current = rows[position].Answers[correction.Column];
            if (oldError is not null || old != current)
            {
                Refuse(
                    CorrectionReader.OldValue,
                    correction.OldValue,
                    $"stale correction refused: the data hold \"{Show(current)}\", not \"{correction.OldValue}\", in");
                continue;
            }
            var value = rule.Parse(correction.NewValue, out var newError);
            if (newError is not null)
            {
                Refuse(CorrectionReader.NewValue, correction.NewValue, "refused: " + newError + ", in");
                continue;
            }
            rows[position] = rows[position] with { Answers = rows[position].Answers.With(correction.Column, value) };
            applied.Add(new AppliedCorrection(correction, current, value));
        }
        return (rows, applied);
    }

    private static string Describe(Correction correction) =>
        $"the correction of {correction.Column} for NIS {correction.Nis} in wave {correction.Wave} ({correction.Author}, {correction.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";

    private static string Show(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
