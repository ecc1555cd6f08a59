using System.Globalization;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Documents.Content;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.Report;

/// <summary>The chapters after the results: conclusion, bibliography, lists of figures and tables, the annexes
/// (questionnaire, frame, detailed tables, corrections) and "about the institute".</summary>
internal sealed class BackMatter(ReportInputs inputs, Language language, ReportNumbering numbering, EditionFacts facts)
{
    private Figures Figures => inputs.Figures;

    public ReportChapter Conclusion(IReadOnlyList<(Question Question, int Section, QuestionNarrative Narrative)> narratives)
    {
        var chapters = Figures.Codebook.Chapters.Where(c => c.Number > 0).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var findings = narratives
            .Where(n => chapters.Contains(n.Question.Chapter))
            .Select(n => new Finding(
                Figures.Codebook.Questions.Count(q => q.Section == n.Section) > 1
                    ? n.Question.ShortLabel[language]
                    : Figures.Codebook.SectionTitle(n.Section)[language],
                n.Narrative))
            .ToList();
        var model = new ConclusionNarrative(facts, findings);
        return new ReportChapter("conclusion", ChapterKind.Back, null, ReportWords.Conclusion[language],
            [new Prose(inputs.Templates.Render(language, "report/conclusion", model))], []);
    }

    public ReportChapter Bibliography() =>
        new("bibliography", ChapterKind.Back, null, ReportWords.Bibliography[language],
            [new Prose([.. inputs.Settings.Bibliography.Select(entry => (TextBlock)new Paragraph([new TextSpan(entry)]))])], []);

    public ReportChapter Lists() =>
        new("lists", ChapterKind.Back, null, ReportWords.Lists[language], [], []) { Listing = ChapterListing.FiguresAndTables };

    public ReportChapter About() =>
        new("about", ChapterKind.Back, null, ReportWords.About[language], [new Prose(inputs.Templates.Render(language, "report/about", facts))], []);

    public IReadOnlyList<ReportChapter> Annexes()
    {
        var annexes = new List<(string Id, Term Title, IReadOnlyList<ReportSection> Sections)>
        {
            ("questionnaire", ReportWords.Questionnaire, Questionnaire()),
            ("frame", ReportWords.FrameAnnex, [new ReportSection("frame-table", null, null, [FrameTable()], InContents: false)]),
            ("tables", ReportWords.DetailedTables, DetailedTables()),
        };
        if (inputs.Data.Corrections.Count > 0)
        {
            annexes.Add(("corrections", ReportWords.Corrections, [new ReportSection("corrections-table", null, null, [CorrectionsTable()], InContents: false)]));
        }
        return [.. annexes.Select((a, i) => new ReportChapter(
            "annex-" + a.Id, ChapterKind.Annex, $"{ReportWords.Annex[language]} {(char)('A' + i)}", a.Title[language], [], a.Sections))];
    }

    private List<ReportSection> Questionnaire()
    {
        var sections = new List<ReportSection>();
        var codebook = Figures.Codebook;
        foreach (var group in codebook.Questions.GroupBy(q => q.Section).OrderBy(g => g.Key))
        {
            var blocks = new List<TextBlock>();
            foreach (var question in group.OrderBy(q => q.Order))
            {
                var text = question.Text[language];
                blocks.Add(new Paragraph(text.Contains('(', StringComparison.Ordinal)
                    ? [new TextSpan(text, Bold: true)]
                    : [new TextSpan(text, Bold: true), new TextSpan("  (" + TypeWords(question.Type) + ")", Italic: true)]));
                if (question.Options.Count > 0)
                {
                    blocks.Add(new BulletList([.. question.Options.Select(o => (IReadOnlyList<TextSpan>)[new TextSpan(o.Label[language])])]));
                }
            }
            sections.Add(new ReportSection("q" + group.Key.ToString("00", CultureInfo.InvariantCulture), group.Key,
                codebook.SectionTitle(group.Key)[language], [new Prose(blocks)], InContents: false));
        }
        return sections;
    }

    private string TypeWords(QuestionType type) => (type switch
    {
        QuestionType.Scale0To10 => ReportWords.TypeScale,
        QuestionType.YesNo => ReportWords.TypeYesNo,
        QuestionType.SingleChoice => ReportWords.TypeSingle,
        QuestionType.MultipleChoice => ReportWords.TypeMultiple,
        QuestionType.RatedItems => ReportWords.TypeRated,
        _ => ReportWords.TypeRanking,
    })[language];

    private DataTable FrameTable()
    {
        var frame = inputs.Data.Frame;
        var columns = new List<TableColumn>
        {
            new(ReportWords.Province[language], 2.4f, IsNumeric: false),
            new(ReportWords.Municipalities[language], 1.1f),
            new(ReportWords.Population[language], 1.3f),
            new(ReportWords.Respondents[language], 1.1f),
            new(ReportWords.ResponseRate[language], 1.1f),
        };
        var rows = new List<TableRow>();
        foreach (var region in frame.Regions)
        {
            rows.Add(new TableRow([region.Name[language]], IsGroup: true));
            foreach (var province in frame.ProvincesOf(region.Region))
            {
                var response = Figures.ResponseOf(ScopeId.Province(province.Code));
                rows.Add(new TableRow(
                [
                    province.Name[language],
                    NumberFormat.Number(province.Municipalities, 0, language),
                    NumberFormat.Number(province.Population, 0, language),
                    response.Respondents.ToString(CultureInfo.InvariantCulture),
                    response.ResponseRate is { } r ? NumberFormat.Percent(r, 0, language) : "",
                ]));
            }
        }
        var belgium = Figures.ResponseOf(ScopeId.Belgium);
        rows.Add(new TableRow(
        [
            Figures.Scope(ScopeId.Belgium).Name[language],
            NumberFormat.Number(frame.Municipalities, 0, language),
            NumberFormat.Number(frame.Population, 0, language),
            belgium.Respondents.ToString(CultureInfo.InvariantCulture),
            belgium.ResponseRate is { } rate ? NumberFormat.Percent(rate, 0, language) : "",
        ], IsEmphasis: true));
        return new DataTable(numbering.NextTable(), ReportWords.FrameTable.Format(language, facts.FrameDate), columns, rows, [$"{Parts.PublicationWords.Labelled(Parts.PublicationWords.Source, language)}{frame.SourceIn(language)}."]);
    }

    private List<ReportSection> DetailedTables()
    {
        var sections = new List<ReportSection>();
        var scopes = Figures.Scopes;
        foreach (var question in Figures.Codebook.Questions)
        {
            var blocks = new List<Block>();
            var keys = DetailKeys(question);
            foreach (var chunk in keys.Chunk(3))
            {
                var columns = new List<TableColumn> { new(ReportWords.Scope[language], 2.3f, IsNumeric: false), new("n", 0.6f) };
                foreach (var key in chunk)
                {
                    columns.Add(new TableColumn(key.Label, 1.35f));
                    columns.Add(new TableColumn(ReportWords.Interval[language], 0.95f));
                }
                var rows = new List<TableRow>();
                foreach (var scope in scopes)
                {
                    var cells = new List<string>
                    {
                        scope.Name[language],
                        ReportText.Count(Figures.CoverageOf(scope.Id, question.Id).Answered),
                    };
                    foreach (var key in chunk)
                    {
                        var figure = Figures.Find(scope.Id, question.Id, key.Measure, key.Option);
                        cells.Add(ReportText.Cell(figure, question, language));
                        cells.Add(ReportText.IntervalCell(figure, language));
                    }
                    rows.Add(new TableRow(cells, IsEmphasis: scope.Kind == ScopeKind.Country));
                }
                blocks.Add(new DataTable(numbering.NextTable(), question.ShortLabel[language] + (keys.Length > 3
                        ? $" ({string.Join(", ", chunk.Select(k => k.Label))})"
                        : ""),
                    columns, rows, [ReportText.DisclosureNote(Figures, language)]));
            }
            sections.Add(new ReportSection("t-" + question.Id, null, null, blocks, InContents: false));
        }
        return sections;
    }

    /// <summary>The figures of a question that the detailed tables give: the mean (and share of 5 or more) of a scale,
    /// the "yes" share, each option's share, each item's mean.</summary>
    private (Measure Measure, string? Option, string Label)[] DetailKeys(Question question) => question.Type switch
    {
        QuestionType.Scale0To10 => [(Measure.Mean, null, ReportWords.Mean[language]), (Measure.ShareAtLeast, null, ReportWords.AtLeastHalfway[language])],
        QuestionType.YesNo => [(Measure.Share, FiguresAnalysis.Yes, Charts.ChartWords.Yes[language])],
        QuestionType.SingleChoice or QuestionType.MultipleChoice => [.. question.Options.Select(o => (Measure.Share, (string?)o.Id, o.ShortLabel[language]))],
        QuestionType.Ranking => [.. question.Options.Select(o => (Measure.Mean, (string?)o.Id, o.ShortLabel[language] + " (" + language.InSentence(ReportWords.MeanRank[language]) + ")"))],
        _ => [.. question.Options.Select(o => (Measure.Mean, (string?)o.Id, o.ShortLabel[language]))],
    };

    private DataTable CorrectionsTable()
    {
        var columns = new List<TableColumn>
        {
            new(ReportWords.Municipality[language], 2f, IsNumeric: false),
            new(ReportWords.Question[language], 2f, IsNumeric: false),
            new(ReportWords.OldValue[language], 0.9f),
            new(ReportWords.NewValue[language], 0.9f),
            new(ReportWords.Reason[language], 3f, IsNumeric: false),
        };
        var codebook = Figures.Codebook;
        var rows = inputs.Data.Corrections.Select(c =>
        {
            // The public report never names a respondent beside its answer: the municipality is given by its region
            // only (the audit trail with names and NIS codes stays with the institute).
            var municipality = inputs.Data.Responses.FirstOrDefault(r => r.Nis == c.Correction.Nis);
            var question = codebook.QuestionOfColumn(c.Correction.Column);
            return new TableRow(
            [
                municipality is null ? "" : ReportWords.AMunicipalityOf[language] + " " + inputs.Data.Frame.RegionOf(municipality.Region).Name[language],
                question?.ShortLabel[language] ?? c.Correction.Column,
                Value(c.Before, question),
                Value(c.After, question),
                c.Correction.Reason,
            ]);
        }).ToList();
        return new DataTable(numbering.NextTable(), ReportWords.CorrectionsTable[language], columns, rows, []);
    }

    private string Value(double? value, Question? question)
    {
        if (value is not { } v)
        {
            return ReportWords.Missing[language];
        }
        if (question is { Type: QuestionType.SingleChoice } && question.Options.FirstOrDefault(o => o.Code == (int)v) is { } option)
        {
            return option.ShortLabel[language];
        }
        if (question is { Type: QuestionType.YesNo or QuestionType.MultipleChoice })
        {
            return v >= 0.5 ? Charts.ChartWords.Yes[language] : Charts.ChartWords.No[language];
        }
        return NumberFormat.Number(v, 0, language);
    }
}

/// <summary>What the conclusion's template sees: the edition's facts and one finding per question.</summary>
public sealed record ConclusionNarrative(EditionFacts Edition, IReadOnlyList<Finding> Findings);

/// <summary>A question's findings, for the conclusion.</summary>
/// <param name="Section">The heading it goes under: its section's title, or the question's short label when the section holds several questions.</param>
/// <param name="Narrative">What its section's template saw.</param>
public sealed record Finding(string Section, QuestionNarrative Narrative);
