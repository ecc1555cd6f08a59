using System.Globalization;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Charts;
using ReportBuilder.Documents.Content;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.Report;

/// <summary>
/// The chapters of results, driven by the codebook: one chapter per codebook chapter, one numbered section per
/// codebook section, and for each question the question as asked, its narrative (the kind's template, or the
/// question's own), the charts its type calls for (national, regional and rural/urban, provincial), and the
/// change since the previous wave. No code names a question.
/// </summary>
internal sealed class ResultsChapters(ReportInputs inputs, Language language, ReportNumbering numbering)
{
    private Figures Figures => inputs.Figures;

    /// <summary>The narratives of every question, in report order, for the conclusion and "at a glance".</summary>
    public List<(Question Question, int Section, QuestionNarrative Narrative)> Narratives { get; } = [];

    public IReadOnlyList<ReportChapter> Build()
    {
        var codebook = Figures.Codebook;
        var chapters = new List<ReportChapter>();
        foreach (var chapter in codebook.Chapters)
        {
            var sections = codebook.Questions.Where(q => q.Chapter == chapter.Id).GroupBy(q => q.Section).OrderBy(g => g.Key).ToList();
            if (sections.Count == 0)
            {
                continue;
            }
            var built = sections.Select(g => Section(g.Key, [.. g.OrderBy(q => q.Order)])).ToList();
            var titles = built.Select(s => Parts.SectionBanner.Number(s.Number!.Value) + " " + s.Title).ToList();
            var intro = inputs.Templates.Render(language, "report/chapter", new ChapterNarrative(chapter.Title[language], titles, chapter.Number));
            chapters.Add(new ReportChapter(
                chapter.Id,
                ChapterKind.Results,
                chapter.Number > 0 ? $"{ReportWords.Chapter[language]} {chapter.Number.ToString(CultureInfo.InvariantCulture)}" : null,
                chapter.Title[language],
                [new Prose(intro, IsLead: true)],
                built));
        }
        return chapters;
    }

    private ReportSection Section(int number, IReadOnlyList<Question> questions)
    {
        var blocks = new List<Block>();
        foreach (var question in questions)
        {
            if (questions.Count > 1)
            {
                blocks.Add(new SubHeading(question.ShortLabel[language]));
            }
            blocks.AddRange(Question(number, question));
        }
        var title = Figures.Codebook.SectionTitle(number)[language];
        return new ReportSection("s" + number.ToString("00", CultureInfo.InvariantCulture), number, title, blocks);
    }

    private List<Block> Question(int section, Question question)
    {
        var coverage = Figures.CoverageOf(ScopeId.Belgium, question.Id);
        var narrative = QuestionFacts.Narrative(Figures, question, language, section + question.Order - 1);
        Narratives.Add((question, section, narrative));
        var name = !narrative.Published ? "report/kinds/unpublished"
            : inputs.Templates.Names.Contains("report/questions/" + question.Id) ? "report/questions/" + question.Id
            : "report/kinds/" + narrative.Kind;
        var blocks = new List<Block>
        {
            new QuestionAsked(question.Text[language], ReportText.Base(coverage.Answered ?? 0, coverage.Missing ?? 0, language)),
            new Prose(inputs.Templates.Render(language, name, narrative)),
        };
        if (!narrative.Published)
        {
            return blocks; // nothing national to draw
        }
        blocks.AddRange(Charts(question));
        if (ChangeTable(question) is { } change)
        {
            blocks.Add(change);
        }
        return blocks;
    }

    private IEnumerable<Block> Charts(Question question)
    {
        var q = question.Id;
        var label = question.ShortLabel[language];
        switch (question.Type)
        {
            case QuestionType.Scale0To10:
                if (FigureCharts.ScaleDistribution(Figures, q, ScopeId.Belgium, language) is { } distribution)
                {
                    yield return Figure(Caption(label, Belgium), BaseOf(q, ScopeKind.Country), 170, distribution);
                }
                yield return Figure(Caption(label, ReportWords.ByRegion[language] + ", " + language.InSentence(ReportWords.ByArea[language])),
                    BaseOf(q, ScopeKind.Region) + " · " + BaseOf(q, ScopeKind.Area, withWord: false), 120,
                    FigureCharts.ByScopes(Figures, q, language, ScopeKind.Region, Measure.Mean),
                    FigureCharts.ByScopes(Figures, q, language, ScopeKind.Area, Measure.Mean));
                yield return Figure(Caption(label, ReportWords.ByProvince[language]), BaseOf(q, ScopeKind.Province), 205,
                    FigureCharts.ProvinceMap(Figures, q, language));
                break;
            case QuestionType.YesNo:
                if (FigureCharts.YesNo(Figures, q, ScopeId.Belgium, language) is { } donut)
                {
                    yield return Figure(Caption(label, Belgium + ", " + language.InSentence(ReportWords.ByRegion[language])),
                        BaseOf(q, ScopeKind.Country) + " · " + BaseOf(q, ScopeKind.Region, withWord: false), 150,
                        donut, FigureCharts.ByRegion(Figures, q, language));
                }
                yield return Figure(Caption(label, ReportWords.ByProvince[language] + ", " + language.InSentence(ReportWords.ByArea[language])),
                    BaseOf(q, ScopeKind.Province) + " · " + BaseOf(q, ScopeKind.Area, withWord: false), 175,
                    FigureCharts.ProvinceMap(Figures, q, language, Measure.Share, FiguresAnalysis.Yes), FigureCharts.ByArea(Figures, q, language));
                break;
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                {
                    var bars = FigureCharts.OptionBars(Figures, q, ScopeId.Belgium, language);
                    yield return Figure(Caption(label, Belgium), BaseOf(q, ScopeKind.Country), 30 + (21 * bars.Items.Count), bars);
                    var ranked = Figures.RankedOptions(q, ScopeId.Belgium);
                    // The most chosen; an ordered scale shows them in its own order in every chart and table.
                    List<string> Most(int count)
                    {
                        var ids = ranked.Take(count).Select(f => f.OptionId!).ToList();
                        return question.Ordered ? [.. question.Options.Select(o => o.Id).Where(ids.Contains)] : ids;
                    }
                    var top = Most(5);
                    if (top.Count > 0)
                    {
                        var most = top.Count < ranked.Count ? " " + ReportText.MostFrequent(top.Count, language) : "";
                        yield return Figure(Caption(label, ReportWords.ByRegion[language]) + most, BaseOf(q, ScopeKind.Region), 44 + (top.Count * 40),
                            FigureCharts.ByRegion(Figures, q, language, top));
                        yield return Figure(Caption(label, ReportWords.ByArea[language]) + most, BaseOf(q, ScopeKind.Area), 44 + (top.Count * 30),
                            FigureCharts.ByArea(Figures, q, language, top));
                        var four = Most(4);
                        yield return ProvinceTable(question, Measure.Share, four, four.Count < ranked.Count ? " " + ReportText.MostFrequent(four.Count, language) : "");
                    }
                    break;
                }
            default:
                {
                    var items = QuestionFacts.Ranked(Figures, question, ScopeId.Belgium).Select(f => f.OptionId!).ToList();
                    // Zero-based bars on the whole scale: a podium would draw ranks, not the (often close) means.
                    yield return Figure(Caption(label, Belgium), BaseOf(q, ScopeKind.Country), 40 + (24 * items.Count),
                        FigureCharts.ByScopes(Figures, q, language, ScopeKind.Country, Measure.Mean, items));
                    if (items.Count > 0)
                    {
                        yield return Figure(Caption(label, ReportWords.ByRegion[language]), BaseOf(q, ScopeKind.Region), 44 + (items.Count * 40),
                            FigureCharts.ByScopes(Figures, q, language, ScopeKind.Region, Measure.Mean, items));
                        yield return Figure(Caption(label, ReportWords.ByArea[language]), BaseOf(q, ScopeKind.Area), 44 + (items.Count * 30),
                            FigureCharts.ByScopes(Figures, q, language, ScopeKind.Area, Measure.Mean, items));
                        yield return ProvinceTable(question, Measure.Mean, [.. items.Take(4)], "");
                    }
                    break;
                }
        }
    }

    private string Belgium => Figures.Scope(ScopeId.Belgium).Name[language];

    private static string Caption(string subject, string view) => subject + " — " + view;

    private ChartFigure Figure(string caption, string @base, float height, params Chart[] charts) =>
        new(numbering.NextFigure(), caption, ReportText.Source(Figures, language), @base, charts, height);

    /// <summary>"Base: Flanders 57 · Wallonia 60 · Brussels 4" — who answered in each scope of a kind.</summary>
    private string BaseOf(string questionId, ScopeKind kind, bool withWord = true)
    {
        var parts = Figures.Scopes.Where(s => s.Kind == kind)
            .Select(s => (Scope: s, Answered: Figures.CoverageOf(s.Id, questionId).Answered))
            .ToList();
        // The provinces add up to Belgium, so their base is the national one (a sum of the published provinces alone
        // would give away a withheld one by subtraction).
        var national = Figures.CoverageOf(ScopeId.Belgium, questionId).Answered ?? 0;
        var text = kind == ScopeKind.Country
            ? ReportText.Municipalities(national, language)
            : kind == ScopeKind.Province
                ? ReportText.Municipalities(national, language) + " " + ReportText.InProvinces(parts.Count, language)
                : string.Join(", ", parts.Select(p => $"{p.Scope.Name[language]} {ReportText.Count(p.Answered)}"));
        return withWord ? Parts.PublicationWords.Labelled(Parts.PublicationWords.Base, language) + text : text;
    }

    private DataTable ProvinceTable(Question question, Measure measure, IReadOnlyList<string> options, string captionSuffix)
    {
        var columns = new List<TableColumn> { new(ReportWords.Province[language], 2.2f, IsNumeric: false), new("n", 0.6f) };
        columns.AddRange(options.Select(o => new TableColumn(question.Option(o).ShortLabel[language], 1.3f)));
        var rows = new List<TableRow>();
        foreach (var scope in Figures.Scopes.Where(s => s.Kind == ScopeKind.Province))
        {
            var cells = new List<string>
            {
                scope.Name[language],
                ReportText.Count(Figures.CoverageOf(scope.Id, question.Id).Answered),
            };
            cells.AddRange(options.Select(o => ReportText.Cell(Figures.Find(scope.Id, question.Id, measure, o), question, language)));
            rows.Add(new TableRow(cells));
        }
        var belgium = new List<string> { Belgium, ReportText.Count(Figures.CoverageOf(ScopeId.Belgium, question.Id).Answered) };
        belgium.AddRange(options.Select(o => ReportText.Cell(Figures.Find(ScopeId.Belgium, question.Id, measure, o), question, language)));
        rows.Add(new TableRow(belgium, IsEmphasis: true));
        return new DataTable(numbering.NextTable(), Caption(question.ShortLabel[language], ReportWords.ByProvince[language]) + captionSuffix, columns, rows,
            [ReportText.DisclosureNote(Figures, language)]);
    }

    private DataTable? ChangeTable(Question question)
    {
        var key = QuestionFacts.Headline(Figures, question);
        if (Figures.PreviousEdition is not { } previous || key is null)
        {
            return null;
        }
        var changed = Figures.Of(question.Id, ScopeId.Belgium)
            .Where(f => f.Measure == key.Value.Measure && f.Change is not null && (question.Type != QuestionType.Scale0To10 || f.OptionId is null))
            .ToList();
        if (changed.Count == 0)
        {
            return null;
        }
        var columns = new List<TableColumn>
        {
            new(ReportWords.Item[language], 2.6f, IsNumeric: false),
            new(previous, 1),
            new(Figures.Edition, 1),
            new(ReportWords.Verdict[language], 1.4f, IsNumeric: false),
        };
        var rows = changed.Select(f => new TableRow(
        [
            QuestionFacts.Label(question, f, language),
            QuestionFacts.Previous(f, question, f.Change!.Previous, language),
            QuestionFacts.Headline(f, question, language)!,
            !f.Change.IsNotable ? ReportWords.AboutTheSame[language]
                : f.Change.Difference > 0 ? ReportWords.Higher[language] : ReportWords.Lower[language],
        ])).ToList();
        return new DataTable(numbering.NextTable(),
            Caption(question.ShortLabel[language], string.Format(CultureInfo.InvariantCulture, ReportWords.SinceLast[language], previous) + ", " + Belgium),
            columns, rows, changed.Any(f => f.Change!.OptionsChanged)
                ? [ReportText.ChangeNote(previous, language), ReportText.OptionsChangedNote(previous, language)]
                : [ReportText.ChangeNote(previous, language)]);
    }
}

/// <summary>What the template of a results chapter's opening sees.</summary>
/// <param name="Title">The chapter's title.</param>
/// <param name="Sections">Its sections as "#04 Prerequisites in place".</param>
/// <param name="Position">The chapter's number in the codebook.</param>
public sealed record ChapterNarrative(string Title, IReadOnlyList<string> Sections, int Position);
