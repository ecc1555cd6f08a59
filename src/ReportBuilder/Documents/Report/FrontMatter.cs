using System.Globalization;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Documents.Content;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.Report;

/// <summary>The chapters before the results: foreword, contents, "at a glance", methodology and introduction.</summary>
internal sealed class FrontMatter(ReportInputs inputs, Language language, ReportNumbering numbering)
{
    private Figures Figures => inputs.Figures;

    private Edition Edition => Figures.Codebook.Edition;

    public ReportChapter Foreword() => Chapter("foreword", ReportWords.Foreword, [Prose("report/foreword", Facts())]);

    public static ReportChapter Contents(Language language) =>
        new("contents", ChapterKind.Front, null, ReportWords.Contents[language], [], [], InContents: false) { Listing = ChapterListing.Contents };

    public ReportChapter AtAGlance(IReadOnlyList<(Question Question, int Section, QuestionNarrative Narrative)> narratives)
    {
        var belgium = Figures.ResponseOf(ScopeId.Belgium);
        var tiles = new List<KeyNumber>
        {
            new(belgium.Respondents.ToString(CultureInfo.InvariantCulture),
                ReportWords.TookPart[language],
                ReportWords.RateOfFrame.Format(language, Rate(belgium), Figures.Scope(ScopeId.Belgium).FrameSize)),
        };
        var chapters = Figures.Codebook.Chapters.Where(c => c.Number > 0).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (question, section, narrative) in narratives
                     .Where(n => chapters.Contains(n.Question.Chapter))
                     .GroupBy(n => n.Section).Select(g => g.First()))
        {
            var top = narrative.Items.Count > 0 ? narrative.Items[0] : null;
            var label = question.Type switch
            {
                QuestionType.Scale0To10 or QuestionType.YesNo => question.ShortLabel[language],
                _ => top is null ? question.ShortLabel[language] : top.Label,
            };
            var about = question.Type is QuestionType.Scale0To10 or QuestionType.YesNo || top is null
                ? "" : question.ShortLabel[language] + " · ";
            var value = question.Type is QuestionType.Scale0To10 or QuestionType.YesNo || top is null ? narrative.Headline : top.Value;
            tiles.Add(new KeyNumber(value, label,
                $"{about}{Parts.SectionBanner.Number(section)} · n = {narrative.Answered.ToString(CultureInfo.InvariantCulture)}",
                "section-s" + section.ToString("00", CultureInfo.InvariantCulture)));
        }
        return Chapter("glance", ReportWords.AtAGlance, [Prose("report/glance", Facts()), new KeyNumbers(tiles)]);
    }

    public ReportChapter Methodology()
    {
        var facts = Facts();
        var sections = new List<ReportSection>
        {
            new("m-fieldwork", null, Words.FieldworkAndFrame[language],
                [Prose("report/methodology/fieldwork", facts), ResponseTable()]),
            new("m-representativeness", null, Words.Representativeness[language],
                [Prose("report/methodology/representativeness", facts), RepresentativenessTable()]),
            new("m-reading", null, Words.ReadingTheFigures[language],
                [Prose("report/methodology/reading", facts)]),
            new("m-assumptions", null, Words.Assumptions[language],
                [Prose("report/methodology/assumptions", facts)]),
        };
        return new ReportChapter("methodology", ChapterKind.Front, null, ReportWords.Methodology[language], [], sections);
    }

    public ReportChapter Introduction() => Chapter("introduction", ReportWords.Introduction, [Prose("report/introduction", Facts())]);

    /// <summary>The facts every front- and back-matter template may use.</summary>
    public EditionFacts Facts()
    {
        var belgium = Figures.ResponseOf(ScopeId.Belgium);
        var tests = Figures.Representativeness.Select(t => new TestFacts(
        Dimension(t.Dimension),
        t.ChiSquare is { } x ? NumberFormat.Number(x, 2, language) : "",
        t.DegreesOfFreedom,
        t.PValue is { } p ? PValue(p) : "",
        t.PValue is { } q && q >= 0.05,
        t.FrameIsAssumed)).ToList();
        return new EditionFacts(
            Edition.Title[language],
            Edition.Year,
            Edition.Publisher[language],
            Figures.PreviousEdition,
            DateFormat.DayMonthYear(Edition.FieldworkStart, language),
            DateFormat.DayMonthYear(Edition.FieldworkEnd, language),
            DateFormat.DayMonthYear(inputs.Data.Frame.ReferenceDate, language),
            inputs.Data.Frame.SourceIn(language),
            Figures.Scope(ScopeId.Belgium).FrameSize ?? 0,
            belgium.Respondents,
            Rate(belgium),
            [.. Figures.Scopes.Where(s => s.Kind == ScopeKind.Region).Select(s => $"{s.Name[language]} {Figures.ResponseOf(s.Id).Respondents}")],
            Figures.Options.Weighting == WeightingScheme.None ? "none" : "weighted",
            Weighting(Figures.Options.Weighting),
            Figures.Options.Disclosure.SuppressBelow,
            Figures.Options.Disclosure.FractionsBelow,
            Figures.Options.Disclosure.Secondary,
            Figures.Options.Disclosure.Group == UnanimousGroups.Protect,
            inputs.Data.Frame.RuralUrbanIsAssumed,
            Figures.IsSynthetic,
            inputs.Data.Corrections.Count,
            tests,
            [.. Figures.Codebook.Chapters.Where(c => c.Number > 0).Select(c => Quoted(c.Title[language]))]);
    }

    /// <summary>A title in the language's quotation marks: “Strategy”, « Stratégie », ‘Strategie’.</summary>
    private string Quoted(string title) => Parts.PublicationWords.Quoted.Format(language, title);

    private string Weighting(WeightingScheme scheme) => scheme switch
    {
        WeightingScheme.Region => Words.ByRegion[language],
        WeightingScheme.RegionArea => Words.ByRegionAndRural[language],
        _ => "",
    };

    private string Rate(ScopeResponse response) =>
        response.ResponseRate is { } r ? NumberFormat.Percent(r, 0, language) : "";

    private string PValue(double p) => p < 0.001 ? "< " + NumberFormat.Number(0.001, 3, language)
        : p > 0.99 ? "> " + NumberFormat.Number(0.99, 2, language)
        : NumberFormat.Number(p, p < 0.01 ? 3 : 2, language);

    private string Dimension(string dimension) => dimension switch
    {
        "region" => ReportWords.DimensionRegion[language],
        "province" => ReportWords.DimensionProvince[language],
        _ => ReportWords.DimensionArea[language],
    };

    private DataTable ResponseTable()
    {
        var columns = new List<TableColumn>
        {
            new(ReportWords.Scope[language], 2.6f, IsNumeric: false),
            new(ReportWords.Municipalities[language], 1.1f),
            new(ReportWords.Respondents[language], 1.1f),
            new(ReportWords.ResponseRate[language], 1.1f),
        };
        var rows = new List<TableRow>();
        void Add(Analysis.Scopes.Scope scope, bool emphasis = false)
        {
            var response = Figures.ResponseOf(scope.Id);
            rows.Add(new TableRow(
            [
                scope.Name[language] + (scope.FrameSizeIsAssumed ? " *" : ""),
                scope.FrameSize is { } size ? NumberFormat.Number(size, 0, language) : "",
                response.Respondents.ToString(CultureInfo.InvariantCulture),
                Rate(response),
            ], IsEmphasis: emphasis));
        }
        Add(Figures.Scope(ScopeId.Belgium), emphasis: true);
        foreach (var (kind, title) in new[] { (ScopeKind.Region, ReportWords.DimensionRegion), (ScopeKind.Province, ReportWords.DimensionProvince), (ScopeKind.Area, ReportWords.DimensionArea) })
        {
            rows.Add(new TableRow([title[language]], IsGroup: true));
            foreach (var scope in Figures.Scopes.Where(s => s.Kind == kind))
            {
                Add(scope);
            }
        }
        var notes = new List<string>();
        if (Figures.Scopes.Any(s => s.FrameSizeIsAssumed))
        {
            notes.Add(Words.TheRuralUrbanClassification[language]);
        }
        return new DataTable(numbering.NextTable(), Words.ResponseByRegionProvince[language],
            columns, rows, notes);
    }

    private DataTable RepresentativenessTable()
    {
        var columns = new List<TableColumn>
        {
            new(ReportWords.Test[language], 2.2f, IsNumeric: false),
            new(ReportWords.ChiSquare[language], 1),
            new(ReportWords.Df[language], 0.6f),
            new(ReportWords.PValue[language], 1),
            new(ReportWords.Verdict[language], 1.8f, IsNumeric: false),
        };
        var facts = Facts();
        var rows = facts.Tests.Select(t => new TableRow(
        [
            t.Dimension + (t.FrameIsAssumed ? " *" : ""),
            t.ChiSquare,
            t.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture),
            t.Probability,
            t.Representative ? ReportWords.Representative[language] : ReportWords.NotRepresentative[language],
        ])).ToList();
        return new DataTable(numbering.NextTable(), Words.TheSampleAgainstThe[language],
            columns, rows, [Words.RepresentativePTheSample[language]]);
    }

    private ReportChapter Chapter(string id, Term title, IReadOnlyList<Block> blocks) =>
        new(id, ChapterKind.Front, null, title[language], blocks, []);

    private Prose Prose(string template, object model) => new(inputs.Templates.Render(language, template, model));

    private static class Words
    {
        public static readonly Term FieldworkAndFrame = new("report.front.fieldwork_and_frame");
        public static readonly Term Representativeness = new("report.front.representativeness");
        public static readonly Term ReadingTheFigures = new("report.front.reading_the_figures");
        public static readonly Term Assumptions = new("report.front.assumptions");
        public static readonly Term ByRegion = new("report.front.by_region");
        public static readonly Term ByRegionAndRural = new("report.front.by_region_and_rural");
        public static readonly Term TheRuralUrbanClassification = new("report.front.the_rural_urban_classification");
        public static readonly Term ResponseByRegionProvince = new("report.front.response_by_region_province");
        public static readonly Term TheSampleAgainstThe = new("report.front.the_sample_against_the");
        public static readonly Term RepresentativePTheSample = new("report.front.representative_p_the_sample");
    }
}

/// <summary>The facts of an edition that the front- and back-matter templates see.</summary>
public sealed record EditionFacts(
    string Title,
    int Year,
    string Publisher,
    string? Previous,
    string FieldworkStart,
    string FieldworkEnd,
    string FrameDate,
    string FrameSource,
    int Municipalities,
    int Respondents,
    string ResponseRate,
    IReadOnlyList<string> RegionRespondents,
    string Weighting,
    string WeightingText,
    int SuppressBelow,
    int FractionsBelow,
    bool Secondary,
    bool ProtectsGroups,
    bool RuralUrbanAssumed,
    bool Synthetic,
    int Corrections,
    IReadOnlyList<TestFacts> Tests,
    IReadOnlyList<string> Chapters);

/// <summary>A representativeness test as the templates see it.</summary>
public sealed record TestFacts(string Dimension, string ChiSquare, int DegreesOfFreedom, string Probability, bool Representative, bool FrameIsAssumed);
