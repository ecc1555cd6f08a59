using ReportBuilder.Localization;
using ReportBuilder.Survey.Codebooks;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Tests.Survey;

public sealed class CodebookTests
{
    [Fact]
    public void The_2018_codebook_covers_every_question_of_the_reference()
    {
        var codebook = SurveyAssets.Codebook2018;
        string[] expected =
        [
            "respondent_role", "associations", "factors", "progress", "prerequisite_political_support", "prerequisite_leadership",
            "prerequisite_shared_vision", "objectives_formalised", "citizens_involved", "initiator", "strategic_areas", "funding", "obstacles", "benefits",
        ];
        Assert.Equal(expected, codebook.Questions.Select(q => q.Id));
        Assert.Equal("2018", codebook.Edition.Id);
        Assert.Equal("2017", codebook.Edition.PreviousEditionId);
        Assert.True(codebook.Edition.IsSynthetic);
        Assert.Equal(new DateOnly(2017, 10, 1), codebook.Edition.FieldworkStart);
        Assert.Equal("Baromètre belge de la Smart City 2018", codebook.Edition.Title[Languages.Fr]);
        Assert.Equal(QuestionType.RatedItems, codebook.Question("factors").Type);
        Assert.Equal(["factor_human", "factor_institutional", "factor_technological"], codebook.Question("factors").Columns);
        Assert.Equal("progress", codebook.Question("progress").Column);
        Assert.Equal(6, codebook.Question("associations").Options.Count);
        Assert.Equal(4, codebook.Question("benefits").Options.Count);
        Assert.Equal(41, codebook.AnswerColumns.Count);
        Assert.Equal("Digitalisering", codebook.Question("associations").Option("digitalisation").ShortLabel[Languages.Nl]);
        Assert.All(codebook.Questions, q => Assert.Contains(q.Chapter, codebook.Chapters.Select(c => c.Id)));
    }

    [Fact]
    public void The_2017_codebook_has_the_waves_own_items_and_shares_ids_to_compare()
    {
        var codebook = SurveyAssets.Codebook2017;
        Assert.Equal(QuestionType.YesNo, codebook.Question("concerned").Type);
        Assert.Equal(QuestionType.YesNo, codebook.Question("strategic_plan_intended").Type);
        Assert.Equal(QuestionType.Ranking, codebook.Question("concept_ranking").Type);
        Assert.Equal(4, codebook.Question("concept_ranking").Maximum);
        Assert.Equal(QuestionType.MultipleChoice, codebook.Question("priority_domains").Type);
        Assert.Null(codebook.Edition.PreviousEditionId);
        var shared = codebook.Questions.Select(q => q.Id).Intersect(SurveyAssets.Codebook2018.Questions.Select(q => q.Id));
        Assert.Equal(["respondent_role", "factors", "initiator"], shared);
    }

    [Fact]
    public void Codebook_errors_are_reported_with_file_and_line()
    {
        var yaml = TestWave.Codebook
            .Replace("type: yes_no", "type: yesno", StringComparison.Ordinal)
            .Replace("column: area_mobility", "column: area_energy", StringComparison.Ordinal)
            .Replace("text: {en: Progress, fr: Avancement, nl: Vooruitgang}", "text: {en: Progress, fr: Avancement, NL: Vooruitgang}", StringComparison.Ordinal);
        var (codebook, problems) = CodebookReader.Read(yaml, "broken.yaml");
        Assert.Null(codebook);
        Assert.Equal(
        [
            "broken.yaml line 18, column text, value \"NL\": a language code is two or three lower-case letters (en, fr, nl, de)",
            "broken.yaml line 24, column type, value \"yesno\": unknown question type; use scale_0_10, yes_no, single_choice, multiple_choice, rated_items, ranking",
            "broken.yaml line 37, column column, value \"area_energy\": the column 'area_energy' is already used by question 'areas'",
        ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_its_line()
    {
        var (codebook, problems) = CodebookReader.Read("edition:\n  id: \"T\n  year: [2018\n", "bad.yaml");
        Assert.Null(codebook);
        var problem = Assert.Single(problems);
        Assert.Equal("bad.yaml", problem.File);
        Assert.True(problem.Line >= 2, problem.ToString());
        Assert.StartsWith("invalid YAML at column ", problem.Message, StringComparison.Ordinal);
    }
}
