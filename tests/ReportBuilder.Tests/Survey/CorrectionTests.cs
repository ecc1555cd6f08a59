using ReportBuilder.Survey.Loading;
using static ReportBuilder.Tests.Survey.TestWave;

namespace ReportBuilder.Tests.Survey;

/// <summary>Corrections applied on load, with an audit trail; stale or impossible corrections are refused by name.</summary>
public sealed class CorrectionTests
{
    private const string CorrectionHeader = "nis,wave,column,old_value,new_value,reason,author,date\n";

    [Fact]
    public void A_correction_changes_exactly_that_cell_and_appears_in_the_audit_trail()
    {
        var before = Load(Valid).Data!;
        var result = Load(Valid, CorrectionHeader + "62063,T,progress,3,4,Typo on the paper form,A. Researcher,2018-05-02\n");
        Assert.True(result.Succeeded, result.Report());
        var after = result.Data!;
        for (var row = 0; row < before.Responses.Count; row++)
        {
            foreach (var column in before.Codebook.AnswerColumns)
            {
                var changed = row == 0 && column == "progress";
                Assert.Equal(changed ? 4 : before.Responses[row].Answer(column), after.Responses[row].Answer(column));
            }
            Assert.Equal(before.Responses[row] with { Answers = after.Responses[row].Answers }, after.Responses[row]);
        }
        var entry = Assert.Single(after.Corrections);
        Assert.Equal(("62063", "progress", 3.0, 4.0), (entry.Correction.Nis, entry.Correction.Column, entry.Before, entry.After));
        Assert.Equal(("Typo on the paper form", "A. Researcher", new DateOnly(2018, 5, 2), "c.csv", 2), (entry.Correction.Reason, entry.Correction.Author, entry.Correction.Date, entry.Correction.File, entry.Correction.Line));
        Assert.Empty(before.Corrections);
    }

    [Fact]
    public void A_correction_can_fill_or_blank_a_cell()
    {
        var result = Load(Valid, CorrectionHeader + "11002,T,progress,,6,Answer received late,A. Researcher,02/05/2018\n21004,T,progress,4,,Respondent withdrew the answer,A. Researcher,2018-05-03\n");
        Assert.True(result.Succeeded, result.Report());
        Assert.Equal(6, result.Data!.Responses[2].Answer("progress"));
        Assert.Null(result.Data.Responses[1].Answer("progress"));
        Assert.Equal([(null, 6.0), (4.0, null)], result.Data.Corrections.Select(c => (c.Before, c.After)));
    }

    [Fact]
    public void A_stale_correction_is_refused_with_a_message_that_names_it()
    {
        AssertRefused(
            Load(Valid, CorrectionHeader + "62063,T,progress,5,4,Typo on the paper form,A. Researcher,2018-05-02\n"),
            "c.csv line 2, column old_value, value \"5\": stale correction refused: the data hold \"3\", not \"5\", in the correction of progress for NIS 62063 in wave T (A. Researcher, 2018-05-02)");
    }

    [Fact]
    public void A_correction_to_a_value_the_codebook_forbids_is_refused()
    {
        AssertRefused(
            Load(Valid, CorrectionHeader + "62063,T,progress,3,12,Typo,A. Researcher,2018-05-02\n"),
            "c.csv line 2, column new_value, value \"12\": refused: out of range (expected a whole number from 0 to 10), in the correction of progress for NIS 62063 in wave T (A. Researcher, 2018-05-02)");
    }

    [Fact]
    public void A_correction_of_an_absent_municipality_or_column_is_refused()
    {
        AssertRefused(
            Load(Valid, CorrectionHeader + "62096,T,progress,3,4,Typo,A. Researcher,2018-05-02\n62063,T,progres,3,4,Typo,A. Researcher,2018-05-02\n"),
            "c.csv line 2, column nis, value \"62096\": refused: no municipality with this NIS code answered in the correction of progress for NIS 62096 in wave T (A. Researcher, 2018-05-02)",
            "c.csv line 3, column column, value \"progres\": refused: the codebook has no answer column of this name in the correction of progres for NIS 62063 in wave T (A. Researcher, 2018-05-02)");
    }

    [Fact]
    public void Corrections_of_another_wave_are_left_alone()
    {
        var result = Load(Valid, CorrectionHeader + "62063,2017,progress,8,9,Other wave,A. Researcher,2017-05-02\n");
        Assert.True(result.Succeeded);
        Assert.Empty(result.Data!.Corrections);
        Assert.Equal(3, result.Data.Responses[0].Answer("progress"));
    }

    [Fact]
    public void A_correction_of_another_wave_is_named_in_a_warning()
    {
        var result = Load(Valid, CorrectionHeader + "62063,2108,progress,3,4,Mistyped wave,A. Researcher,2018-05-02\n");
        Assert.True(result.Succeeded);
        Assert.Empty(result.Data!.Corrections);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(
            "warning: c.csv line 2, column wave, value \"2108\": not this wave (T): left alone, the correction of progress for NIS 62063 in wave 2108 (A. Researcher, 2018-05-02)",
            warning.ToString());
    }

    [Fact]
    public void A_malformed_corrections_file_reports_every_problem()
    {
        AssertRefused(
            Load(Valid, "nis;wave;column;old_value;new_value;reason;author\n"),
            "c.csv line 1, column date: missing column");
        AssertRefused(
            Load(Valid, CorrectionHeader + "62063,T,progress,3,4,,A. Researcher,yesterday\n"),
            "c.csv line 2, column reason, value \"\": a correction needs a reason",
            "c.csv line 2, column date, value \"yesterday\": not a date (write yyyy-mm-dd)");
    }

    [Fact]
    public void The_sample_correction_is_applied_and_logged()
    {
        var data = SurveyAssets.Load2018();
        var entry = Assert.Single(data.Corrections);
        Assert.Equal(("respondent_role", 5.0, 1.0), (entry.Correction.Column, entry.Before, entry.After));
        Assert.Equal(1, data.Responses.Single(r => r.Nis == entry.Correction.Nis).Answer("respondent_role"));
        var uncorrected = SurveyLoader.Load(SurveyFiles.Sample(SurveyAssets.Assets, 2018) with { Corrections = null }).Data!;
        Assert.Equal(5, uncorrected.Responses.Single(r => r.Nis == entry.Correction.Nis).Answer("respondent_role"));
    }

    [Fact]
    public void A_warning_in_the_responses_file_never_stops_the_corrections_being_read_and_applied()
    {
        // An extra column, as real Excel exports carry: a warning on the responses file, which used to stop the
        // corrections reader after its header (the problem list is shared), so the build published uncorrected figures.
        var files = SurveyFiles.Sample(SurveyAssets.Assets, 2018);
        var lines = File.ReadAllLines(files.Responses);
        var withExtra = string.Join('\n', lines.Select((line, i) => line + (i == 0 ? ",exported_by" : ",Excel"))) + "\n";
        var corrections = File.ReadAllBytes(files.Corrections!);
        var plain = SurveyLoader.Load(SurveyAssets.Codebook2018, SurveyAssets.Frame, "responses-2018.csv", File.ReadAllBytes(files.Responses), "corrections-2018.csv", corrections);
        var extra = SurveyLoader.Load(SurveyAssets.Codebook2018, SurveyAssets.Frame, "responses-2018.csv", System.Text.Encoding.UTF8.GetBytes(withExtra), "corrections-2018.csv", corrections);

        Assert.True(extra.Succeeded, extra.Report());
        var warning = Assert.Single(extra.Warnings);
        Assert.Equal(("exported_by", ProblemSeverity.Warning), (warning.Column, warning.Severity));
        var applied = Assert.Single(extra.Data!.Corrections);
        Assert.Equal(("respondent_role", 5.0, 1.0), (applied.Correction.Column, applied.Before, applied.After));
        Assert.Equal(plain.Data!.Corrections, extra.Data.Corrections);
        Assert.Equal(
            ReportBuilder.Analysis.Export.FiguresCsv.Write(ReportBuilder.Analysis.FiguresAnalysis.Compute(plain.Data)),
            ReportBuilder.Analysis.Export.FiguresCsv.Write(ReportBuilder.Analysis.FiguresAnalysis.Compute(extra.Data)));
    }
}
