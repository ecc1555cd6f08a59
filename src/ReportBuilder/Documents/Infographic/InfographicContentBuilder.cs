using System.Globalization;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Charts;
using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.Infographic;

/// <summary>Builds the <see cref="InfographicContent"/> of one language from the figures and the plan. Every number
/// is a figure written by <see cref="FigureText"/>; a suppressed figure reads "not published".</summary>
public static class InfographicContentBuilder
{
    /// <summary>The significance level of the representativeness tests.</summary>
    private const double Significance = 0.05;

    /// <summary>The file name of the sheet: "barometer-2018-infographic-en" plus <paramref name="extension"/>
    /// (".pdf", ".png", "-1080.png", ".svg").</summary>
    public static string FileName(string edition, Language language, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"barometer-{edition}-infographic-{language.Code}{extension}");

    /// <summary>The figures version the infographic prints: the SHA-256 of every figure of the plan's questions (all
    /// scopes), the response and the representativeness tests, so that a correction changes it only when one of them
    /// moved.</summary>
    public static string FiguresVersion(Figures figures, InfographicPlan plan)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(plan);
        var questions = plan.Sections.SelectMany(s => s.Panels).SelectMany(p => p.Questions).ToHashSet(StringComparer.Ordinal);
        var tests = string.Join("|", figures.Representativeness.Select(t =>
            string.Create(CultureInfo.InvariantCulture, $"{t.Dimension}:{t.ChiSquare:R}:{t.PValue:R}")));
        return FigureDigest.Of(figures, questions.Contains, _ => true, tests);
    }

    /// <summary>The infographic's content in <paramref name="language"/>.</summary>
    public static InfographicContent Build(InfographicInputs inputs, Language language)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var figures = inputs.Figures;
        var edition = figures.Codebook.Edition;
        var builder = new Builder(figures, inputs.Templates, language);
        var sections = inputs.Plan.Sections
            .Select(s => new InfographicSection(s.Number, s.Title[language], s.Columns, [.. s.Panels.Select(builder.Panel)]))
            .ToList();
        var culture = language.Culture;
        var fieldwork = $"{edition.FieldworkStart.ToString("MMMM yyyy", culture)} – {edition.FieldworkEnd.ToString("MMMM yyyy", culture)}";
        var national = figures.ResponseOf(ScopeId.Belgium);
        var frame = figures.Scope(ScopeId.Belgium).FrameSize;
        var rule = figures.Options.Disclosure;
        var footer = new List<string>
        {
            $"{PublicationWords.Source[language]}{PublicationWords.Colon(language)}{edition.Publisher[language]}, {edition.Title[language]}. {InfographicWords.Survey[language]}, {fieldwork}.",
            string.Format(culture, InfographicWords.Sample[language], Count(national.Respondents, language), frame is { } f ? Count(f, language) : "?")
                + " · " + string.Format(culture, (rule.Group == UnanimousGroups.Protect ? InfographicWords.FewAnswersGroups : InfographicWords.FewAnswers)[language], rule.FractionsBelow, rule.SuppressBelow),
            $"{InfographicWords.FiguresVersion[language]}{PublicationWords.Colon(language)}{FiguresVersion(figures, inputs.Plan)}",
            InfographicWords.Icons[language],
        };
        return new InfographicContent(
            language, edition.Id, edition.Title[language], edition.Publisher[language], InfographicWords.Subtitle[language],
            $"{InfographicWords.Survey[language]} · {fieldwork}", sections, footer, figures.IsSynthetic);
    }


    private static string Count(int value, Language language) => NumberFormat.Number(value, 0, language);

    private sealed class Builder(Figures figures, TemplateLibrary templates, Language language)
    {
        private readonly CultureInfo _culture = language.Culture;

        public Panel Panel(PlanPanel panel) => panel.Kind switch
        {
            PanelKind.Response => Response(panel),
            PanelKind.Top => Top(panel),
            PanelKind.Podium => Podium(panel),
            PanelKind.Score => Score(panel),
            PanelKind.Shares => Shares(panel),
            PanelKind.Regions => Regions(panel),
            PanelKind.Ranking => Ranking(panel),
            _ => throw new ArgumentOutOfRangeException(nameof(panel), panel.Kind, "unknown panel kind"),
        };

        private Question Question(PlanPanel panel) => figures.Codebook.Question(panel.Question);

        private string Heading(Question question) => figures.Codebook.SectionTitle(question.Section)[language];

        private string Text(Figure? figure) =>
            figure is null ? PublicationWords.NotPublished[language] : FigureText.Format(figure, language) ?? PublicationWords.NotPublished[language];

        private string Name(Scope scope) => ScopeNames.Name(FigureNarratives.ScopeCode(scope), language);

        private ScopeValue Of(string scopeId, Figure? figure, string? detail = null)
        {
            var scope = figures.Scope(scopeId);
            return FigureDisplay.Of(figure) switch
            {
                FigureDisplay.Published published => new ScopeValue(Name(scope), FigureCharts.ColourOf(scope), Text(figure), published.Value, detail),
                FigureDisplay.Counted count => new ScopeValue(Name(scope), FigureCharts.ColourOf(scope), Text(figure), count.Share, detail,
                    (count.Count, count.Answered)),
                _ => new ScopeValue(Name(scope), FigureCharts.ColourOf(scope), Text(figure), null, detail),
            };
        }

        private string OptionLabel(Question question, string? optionId) =>
            question.Options.FirstOrDefault(o => o.Id == optionId)?.ShortLabel[language] ?? question.ShortLabel[language];

        private ResponsePanel Response(PlanPanel panel)
        {
            var national = figures.ResponseOf(ScopeId.Belgium);
            var frame = figures.Scope(ScopeId.Belgium).FrameSize;
            var rate = national.ResponseRate is { } r ? NumberFormat.Percent(r, FigureText.PercentDecimals, language) : PublicationWords.NotPublished[language];
            var tests = figures.Representativeness.Where(t => t.PValue is not null).ToList();
            var representative = tests.Where(t => t.PValue >= Significance).Select(t => Dimension(t.Dimension)).ToList();
            var differing = tests.Where(t => t.PValue < Significance).Select(t => Dimension(t.Dimension)).ToList();
            var words = new List<string>();
            if (representative.Count > 0)
            {
                words.Add(string.Format(_culture, InfographicWords.Representative[language], List(representative)));
            }
            if (differing.Count > 0)
            {
                words.Add(string.Format(_culture, InfographicWords.NotRepresentative[language], List(differing)));
            }
            var method = string.Format(_culture, InfographicWords.RepresentativeHow[language], NumberFormat.Percent(Significance, 0, language));
            var dots = panel.Scopes.Select(id =>
            {
                var scope = figures.Scope(id);
                var respondents = figures.ResponseOf(id).Respondents;
                var size = scope.FrameSize ?? respondents;
                var value = new ScopeValue(Name(scope), FigureCharts.ColourOf(scope),
                    NumberFormat.Fraction(respondents, size), size == 0 ? null : (double)respondents / size);
                return (value, respondents, size);
            }).ToList();
            return new ResponsePanel(
                InfographicWords.Participation[language], panel.Icon, panel.Span,
                new KeyNumber(rate, InfographicWords.ResponseRateLine[language]),
                new KeyNumber(Count(national.Respondents, language),
                    string.Format(_culture, InfographicWords.RespondentsLine[language], frame is { } f ? Count(f, language) : "?")),
                string.Join(". ", words), method, InfographicWords.DotLegend[language], dots);
        }

        private string Dimension(string id) =>
            InfographicWords.Dimensions.TryGetValue(id, out var words) ? words[language] : id;

        private string List(List<string> items) =>
            items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " " + InfographicWords.And[language] + " " + items[^1];

        /// <summary>The options sharing the first place of <paramref name="ranked"/>.</summary>
        private static List<Figure> First(IReadOnlyList<Figure> ranked) =>
            ranked.Count == 0 ? [] : [.. ranked.TakeWhile(f => Math.Abs(f.Estimate!.Value - ranked[0].Estimate!.Value) < 1e-12)];

        private string Labels(Question question, List<Figure> first) =>
            string.Join(" / ", first.Select(f => OptionLabel(question, f.OptionId)))
            + (first.Count > 1 ? $" ({InfographicWords.Tied[language]})" : "");

        private TopPanel Top(PlanPanel panel)
        {
            var question = Question(panel);
            var first = First(figures.RankedOptions(question.Id, ScopeId.Belgium));
            if (first.Count == 0)
            {
                return new TopPanel(Heading(question), panel.Icon, panel.Span,
                    new KeyNumber(PublicationWords.NotPublished[language], question.ShortLabel[language]), []);
            }
            var option = first[0].OptionId;
            var headline = new KeyNumber(Text(first[0]), Labels(question, first));
            var scopes = panel.Scopes.Select(id => Of(id, figures.Find(id, question.Id, Measure.Share, option))).ToList();
            return new TopPanel(Heading(question), panel.Icon, panel.Span, headline, scopes);
        }

        private PodiumPanel Podium(PlanPanel panel)
        {
            var question = Question(panel);
            var places = figures.RankedItems(question.Id, ScopeId.Belgium)
                .Select(f => new RankedValue(OptionLabel(question, f.OptionId), Text(f), f.Estimate?.Value))
                .ToList();
            return new PodiumPanel(Heading(question), panel.Icon, panel.Span,
                question.ShortLabel[language] + " · " + InfographicWords.PodiumLine[language], places);
        }

        private ScorePanel Score(PlanPanel panel)
        {
            var question = Question(panel);
            var mean = figures.Find(ScopeId.Belgium, question.Id, Measure.Mean);
            var score = mean is null ? null : FigureText.Score(mean, language);
            string line;
            if (score is not null)
            {
                // The template's second paragraph is the line under the headline (its first is the score itself).
                var blocks = templates.Render(language, "infographic/progress", FigureNarratives.Progress(figures, question.Id));
                line = string.Join(" ", blocks.Skip(1).OfType<Paragraph>().Select(p => p.PlainText));
            }
            else
            {
                line = question.ShortLabel[language];
            }
            var scopes = panel.Scopes.Select(id => Of(id, figures.Find(id, question.Id, Measure.Mean))).ToList();
            return new ScorePanel(Heading(question), panel.Icon, panel.Span,
                new KeyNumber(score ?? PublicationWords.NotPublished[language], line), mean?.Estimate?.Value, scopes);
        }

        private SharesPanel Shares(PlanPanel panel)
        {
            var questions = panel.Questions.Select(figures.Codebook.Question).ToList();
            var items = questions
                .Select(q => (Question: q, Figure: figures.Find(ScopeId.Belgium, q.Id, Measure.Share, FiguresAnalysis.Yes)))
                .Select(x => new RankedValue(x.Question.ShortLabel[language], Text(x.Figure), x.Figure?.Estimate?.Value))
                .ToList();
            return new SharesPanel(Heading(questions[0]), panel.Icon, panel.Span, items);
        }

        private RegionsPanel Regions(PlanPanel panel)
        {
            var question = Question(panel);
            var national = figures.Find(ScopeId.Belgium, question.Id, Measure.Share, FiguresAnalysis.Yes);
            var headline = new KeyNumber(Text(national), string.Format(_culture, InfographicWords.RegionsLine[language], question.ShortLabel[language]));
            var scopes = panel.Scopes.Select(id =>
            {
                var figure = figures.Find(id, question.Id, Measure.Share, FiguresAnalysis.Yes);
                var value = Of(id, figure);
                // Few answers: the count itself ("3/4"); otherwise the nearest simple fraction ("1/5").
                if (figure is null || FigureDisplay.Of(figure) is not FigureDisplay.Published)
                {
                    return value;
                }
                var simple = FigureText.SimpleFraction(figure)!;
                var parts = simple.Split('/');
                return value with
                {
                    Text = simple,
                    Count = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture)),
                };
            }).ToList();
            return new RegionsPanel(Heading(question), panel.Icon, panel.Span, headline, scopes);
        }

        private RankingPanel Ranking(PlanPanel panel)
        {
            var question = Question(panel);
            var bars = figures.RankedOptions(question.Id, ScopeId.Belgium).Take(panel.Top)
                .Select(f => new RankedValue(OptionLabel(question, f.OptionId), Text(f), f.Estimate?.Value))
                .ToList();
            var tops = panel.Scopes.Select(id =>
            {
                var first = First(figures.RankedOptions(question.Id, id));
                return first.Count == 0 ? Of(id, null) : Of(id, first[0], Labels(question, first));
            }).ToList();
            return new RankingPanel(Heading(question), panel.Icon, panel.Span, InfographicWords.RankingLine[language], bars,
                InfographicWords.TopPerRegion[language], tops);
        }
    }
}
