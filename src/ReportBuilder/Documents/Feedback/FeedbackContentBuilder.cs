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
using SkiaSharp;

namespace ReportBuilder.Documents.Feedback;

/// <summary>Builds a <see cref="FeedbackContent"/>: one municipality's own answers (after corrections, from the
/// responses) beside the published figures of its groups, with every group figure judged by
/// <see cref="GroupDisclosure"/> and nothing of any other respondent but figures that rest on enough of them.</summary>
public static class FeedbackContentBuilder
{
    /// <summary>The width of the sheet's text column, in points (A4 less the running page's margins).</summary>
    public const float ColumnWidth = 595.28f - RunningPage.MarginLeft - RunningPage.MarginRight;

    /// <summary>The colour of a province's series (Okabe–Ito reddish purple; the own answer takes the navy).</summary>
    private static readonly SKColor ProvinceColour = new(0xCC, 0x79, 0xA7);

    /// <summary>The colour of the rural/urban group's series (Okabe–Ito blue).</summary>
    private static readonly SKColor AreaColour = new(0x00, 0x72, 0xB2);

    /// <summary>The file of a sheet: "feedback/2018-52011-fr.pdf".</summary>
    public static string FileName(string edition, string nis, Language language) => $"feedback/{edition}-{nis}-{language.Code}.pdf";

    /// <summary>Every sheet of a wave: each responding municipality in file order, in each of its languages
    /// (<see cref="FeedbackLanguages.Of"/>).</summary>
    public static IReadOnlyList<(Response Response, Language Language)> Sheets(SurveyData data, IReadOnlyList<Language> published)
    {
        ArgumentNullException.ThrowIfNull(data);
        return [.. data.Responses.SelectMany(r => FeedbackLanguages.Of(r, data.Frame, published).Select(l => (r, l)))];
    }

    /// <summary>A group a municipality is set beside: its scope and the column header.</summary>
    private sealed record Group(Scope Scope, string Header, SKColor Colour, string? ShortHeader = null)
    {
        public string Column => ShortHeader ?? Header;
    }

    /// <summary>Builds the sheet of the respondent with NIS code <paramref name="nis"/> in <paramref name="language"/>.</summary>
    /// <exception cref="KeyNotFoundException">No respondent has that code.</exception>
    public static FeedbackContent Build(FeedbackInputs inputs, string nis, Language language)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var response = inputs.Data.Responses.FirstOrDefault(r => r.Nis == nis)
            ?? throw new KeyNotFoundException($"No municipality with NIS code {nis} answered the {inputs.Data.Edition.Id} survey.");
        // Each group judged alone first; then, while the row's shares set side by side reveal a cell of the other
        // respondents, the smallest of them is withheld too and the sheet is made again.
        var combined = new HashSet<(string ScopeId, string QuestionId, string? OptionId)>();
        while (true)
        {
            var content = new Builder(inputs, response, language, combined).Build();
            if (CombinedShares.NextToWithhold(content, inputs.Data, inputs.Figures) is not { } next || !combined.Add(next))
            {
                return content;
            }
        }
    }

    /// <summary><paramref name="count"/> of <paramref name="total"/> as "N in 10": rounded half up, never 10 unless it
    /// is all of them (and 0 only when it rounds so: the sentence then leaves it out).</summary>
    internal static int InTen(int count, int total)
    {
        var tenths = (int)NumberFormat.RoundHalfUp(10.0 * count / total, 0);
        return tenths == 10 && count < total ? 9 : tenths;
    }

    private sealed class Builder(FeedbackInputs inputs, Response response, Language language,
        IReadOnlySet<(string ScopeId, string QuestionId, string? OptionId)> combined)
    {
        private readonly Figures _figures = inputs.Figures;
        private readonly DisclosureRule _rule = inputs.Figures.Options.Disclosure;
        private readonly List<OwnAnswer> _answers = [];
        private readonly List<GroupValue> _groups = [];
        private List<Group> _groupList = [];

        public FeedbackContent Build()
        {
            var codebook = _figures.Codebook;
            var edition = codebook.Edition;
            var name = response.Name(language);
            _groupList = Groups();
            var region = _groupList[1].Scope;
            var province = _figures.Scopes.FirstOrDefault(s => s.Kind == ScopeKind.Province
                && string.Equals(s.Province, response.Province, StringComparison.OrdinalIgnoreCase));
            var place = new List<string>();
            if (province is not null && province.Name[language] != region.Name[language])
            {
                place.Add(FeedbackWords.Province[language] + " " + province.Name[language]);
            }
            place.Add(region.Name[language]);
            place.Add((response.Area == RuralUrban.Rural ? FeedbackWords.Rural : FeedbackWords.Urban)[language]);
            place.Add("NIS " + response.Nis);
            var confidential = string.Format(CultureInfo.InvariantCulture, FeedbackWords.ForOnly[language], name);

            var intro = new Prose(inputs.Templates.Render(language, "feedback/intro", new FeedbackIntro(
                name, edition.Id, _groupList.Count,
                Wording.List(_groupList.Select(g => g.Scope is { Kind: ScopeKind.Area, Area: { } area }
                    ? ScopeNames.Name(area == RuralUrban.Urban ? "urban" : "rural", language)
                    : g.Scope.Name[language]), language),
                NumberFormat.Number(_figures.ResponseOf(ScopeId.Belgium).Respondents, 0, language))), IsLead: true);

            var chapters = new List<FeedbackChapter>();
            foreach (var chapter in codebook.Chapters.OrderBy(c => c.Number))
            {
                var sections = codebook.Questions.Where(q => q.Chapter == chapter.Id)
                    .GroupBy(q => q.Section)
                    .OrderBy(g => g.Key)
                    .Select(g => Section(g.Key, codebook.SectionTitle(g.Key)[language], [.. g.OrderBy(q => q.Order)]))
                    .ToList();
                if (sections.Count > 0)
                {
                    chapters.Add(new FeedbackChapter(chapter.Title[language], sections));
                }
            }

            var (changeTable, changeModel) = Change();
            var howTo = new Note(FeedbackWords.HowToRead[language], new Prose(inputs.Templates.Render(language, "feedback/how_to_read",
                new FeedbackHowToRead(_rule.SuppressBelow, _rule.FractionsBelow))));
            var source = $"{edition.Publisher[language]}, {edition.Title[language]}"
                + (_figures.IsSynthetic ? $" ({FeedbackWords.SyntheticSample[language]})" : "");
            return new FeedbackContent(
                language,
                edition.Id,
                response.Nis,
                name,
                $"{edition.Title[language]} — {Parts.PublicationWords.Labelled(FeedbackWords.FeedbackSheet, language)}{name}",
                edition.Title[language],
                edition.Publisher[language],
                _figures.IsSynthetic,
                FeedbackWords.Kicker[language] + " " + edition.Id,
                string.Join(" · ", place),
                confidential,
                intro,
                chapters,
                string.Format(CultureInfo.InvariantCulture, FeedbackWords.Change[language], _figures.PreviousEdition ?? inputs.Previous?.Edition.Id ?? "—"),
                new Prose(inputs.Templates.Render(language, "feedback/change", changeModel)),
                changeTable,
                howTo,
                _answers,
                _groups,
                source,
                Parts.PublicationWords.Labelled(FeedbackWords.DataVersion, language) + inputs.DataVersion);
        }

        /// <summary>Belgium, the region, the province (unless the region is one province: Brussels) and the
        /// national rural or urban group.</summary>
        private List<Group> Groups()
        {
            var belgium = _figures.Scope(ScopeId.Belgium);
            var region = _figures.Scopes.First(s => s.Kind == ScopeKind.Region && s.Region == response.Region);
            var groups = new List<Group>
            {
                new(belgium, belgium.Name[language], ScopeColours.Belgium),
                new(region, region.Name[language], ChartTheme.ColorOf(ScopeColours.Region(region.Region)),
                    region.Region == Region.Brussels ? ChartWords.Brussels[language] : null),
            };
            var provinces = _figures.Scopes.Where(s => s.Kind == ScopeKind.Province && s.Region == response.Region).ToList();
            var province = provinces.FirstOrDefault(s => string.Equals(s.Province, response.Province, StringComparison.OrdinalIgnoreCase));
            if (province is not null && provinces.Count > 1)
            {
                groups.Add(new(province, province.Name[language], ProvinceColour));
            }
            var area = _figures.Scopes.FirstOrDefault(s => s.Id == ScopeId.Area(response.Area));
            if (area is not null)
            {
                // Tables head the column "Urban" / "Rural" (one line); the chart's legend names the group in full.
                groups.Add(new(area, area.Name[language], AreaColour, (response.Area == RuralUrban.Rural ? PublicationWords.Rural : PublicationWords.Urban)[language]));
            }
            return groups;
        }

        private FeedbackSection Section(int number, string title, IReadOnlyList<Question> questions)
        {
            var blocks = new List<FeedbackBlock>();
            var scores = questions.Where(q => q.Type is QuestionType.Scale0To10 or QuestionType.RatedItems).ToList();
            if (scores.Count > 0)
            {
                blocks.Add(Scores(scores));
            }
            var choices = questions.Where(q => q.Type is not (QuestionType.Scale0To10 or QuestionType.RatedItems)).ToList();
            if (choices.Count > 0)
            {
                blocks.Add(Choices(choices));
            }
            return new FeedbackSection(number, title, blocks);
        }

        // ---- answers and group values ----------------------------------------------------------------------------

        private double? Own(string column) => response.Answers.Has(column) ? response.Answer(column) : null;

        private string AnswerText(Question question, double? value) => AnswerText(question, value, language);

        /// <summary>An answer as a sheet prints it; "you did not answer" for a missing one, never a zero.</summary>
        internal static string AnswerText(Question question, double? value, Language language)
        {
            if (value is not { } v)
            {
                return FeedbackWords.DidNotAnswer[language];
            }
            return question.Type switch
            {
                QuestionType.YesNo => (v == 1 ? FeedbackWords.Yes : FeedbackWords.No)[language],
                QuestionType.MultipleChoice => (v == 1 ? FeedbackWords.Ticked : FeedbackWords.NotTicked)[language],
                QuestionType.SingleChoice => question.Asked.FirstOrDefault(o => o.Code == (int)v)?.ShortLabel[language]
                    ?? NumberFormat.Number(v, 0, language),
                QuestionType.Ranking => Wording.Ordinal((int)v, language),
                _ => NumberFormat.Number(v, v == Math.Floor(v) ? 0 : 1, language),
            };
        }

        private void Record(Question question, AnswerOption? option, string column, double? value, string text) =>
            _answers.Add(new OwnAnswer(question.Id, option?.Id, column, value, text));

        /// <summary>The answers of the other respondents of <paramref name="scope"/> to <paramref name="column"/> (never
        /// the municipality's own).</summary>
        private List<double> OthersIn(Scope scope, Question question, string column) =>
            // Answers as the figures count them: "don't know" is not in the base.
            [.. inputs.Data.Responses
                .Where(r => r.Nis != response.Nis && scope.Contains(r) && r.Answers.Has(column))
                .Select(r => question.Counted(r.Answer(column)))
                .OfType<double>()];

        /// <summary>The group figure of <paramref name="group"/>, judged against the others' answers to
        /// <paramref name="column"/>: a share of those <paramref name="counts"/> accepts, or a mean when it is null.
        /// Records it and returns it with its verdict; a reason names the group as <paramref name="name"/> (the chart's
        /// legend or the table's column header).</summary>
        private (Figure? Figure, GroupDisclosure.Verdict Verdict) Judge(Group group, string name, Question question, Measure measure, string? option, string column,
            bool ownAnswered, Func<double, bool>? counts, List<string> reasons, Func<Figure, string> text, Func<Figure, DotWhiskerPoint>? point = null)
        {
            var figure = _figures.Find(group.Scope.Id, question.Id, measure, option);
            var others = OthersIn(group.Scope, question, column);
            if (GroupDisclosure.Others(figure, ownAnswered) is { } n && n != others.Count)
            {
                throw new InvalidOperationException(
                    $"The figures and the responses disagree: {group.Scope.Id} · {question.Id}{(option is null ? "" : " · " + option)} rests on {n} other answers, the responses hold {others.Count}.");
            }
            var verdict = counts is null
                ? GroupDisclosure.JudgeMean(figure, ownAnswered, others, _rule)
                : GroupDisclosure.JudgeShare(figure, ownAnswered, others.Count(counts), _rule);
            if (verdict == GroupDisclosure.Verdict.Shown && combined.Contains((group.Scope.Id, question.Id, option)))
            {
                verdict = GroupDisclosure.Verdict.WithheldInCombination;
            }
            var reason = verdict switch
            {
                GroupDisclosure.Verdict.WithheldInCombination =>
                    string.Format(CultureInfo.InvariantCulture, FeedbackWords.WithheldInCombination[language], name),
                GroupDisclosure.Verdict.WithheldBySubtraction =>
                    string.Format(CultureInfo.InvariantCulture, FeedbackWords.WithheldBySubtraction[language], name, _rule.SuppressBelow),
                GroupDisclosure.Verdict.WithheldAsUnanimous =>
                    string.Format(CultureInfo.InvariantCulture, (counts is null ? FeedbackWords.WithheldAsUnanimousMean : FeedbackWords.WithheldAsUnanimous)[language], name),
                GroupDisclosure.Verdict.NotPublished => string.Format(CultureInfo.InvariantCulture, ((figure?.Value as Suppressed)?.Reason switch
                {
                    SuppressionReason.TooFewAnswers => FeedbackWords.NotPublishedTooFew,
                    SuppressionReason.ProtectsAnotherFigure => FeedbackWords.NotPublishedProtects,
                    SuppressionReason.ProtectsGroup => FeedbackWords.NotPublishedGroup,
                    _ => FeedbackWords.NotPublishedNoAnswers,
                })[language], name, _rule.SuppressBelow),
                _ => null,
            };
            if (reason is not null && !reasons.Contains(reason))
            {
                reasons.Add(reason);
            }
            var shown = verdict == GroupDisclosure.Verdict.Shown;
            _groups.Add(new GroupValue(group.Scope.Id, question.Id, option, verdict == GroupDisclosure.Verdict.NotPublished ? null : GroupDisclosure.Others(figure, ownAnswered),
                shown ? text(figure!) : null, reason, shown && point is not null ? point(figure!) : null, verdict));
            return (figure, verdict);
        }

        private string Cell(Group group, Question question, Measure measure, string? option, string column, bool ownAnswered, Func<double, bool>? counts,
            List<string> reasons)
        {
            var (figure, verdict) = Judge(group, group.Column, question, measure, option, column, ownAnswered, counts, reasons, f => PrintedFigure.Text(f, language));
            return verdict switch
            {
                GroupDisclosure.Verdict.Shown => PrintedFigure.Text(figure, language),
                GroupDisclosure.Verdict.WithheldBySubtraction or GroupDisclosure.Verdict.WithheldAsUnanimous
                    or GroupDisclosure.Verdict.WithheldInCombination => FeedbackWords.Withheld[language],
                _ => PublicationWords.NotPublished[language],
            };
        }

        // ---- scores: a dot-and-whisker chart with the own answer marked ------------------------------------------

        private FeedbackScores Scores(List<Question> questions)
        {
            var reasons = new List<string>();
            var standing = new List<TextBlock>();
            var panels = new List<DotWhiskerPanel>();
            foreach (var question in questions)
            {
                var rows = new List<DotWhiskerRow>();
                var items = question.Type == QuestionType.RatedItems
                    ? question.Options.Select(o => (Option: (AnswerOption?)o, Column: o.Column!, Label: o.ShortLabel[language])).ToList()
                    : [(null, question.Column, question.ShortLabel[language])];
                foreach (var (option, column, label) in items)
                {
                    var own = Own(column);
                    var text = AnswerText(question, own);
                    Record(question, option, column, own, text);
                    var points = new List<DotWhiskerPoint>
                    {
                        own is { } v ? DotWhiskerPoint.Answer(v, text) : DotWhiskerPoint.Missing(text),
                    };
                    foreach (var group in _groupList)
                    {
                        // The point drawn is the one recorded (the audit reads what the chart draws).
                        var (_, verdict) = Judge(group, group.Header, question, Measure.Mean, option?.Id, column, own is not null, null, reasons,
                            f => PrintedFigure.Text(f, language), f => PrintedFigure.Point(f));
                        points.Add(verdict switch
                        {
                            GroupDisclosure.Verdict.Shown => _groups[^1].Point!,
                            GroupDisclosure.Verdict.WithheldBySubtraction or GroupDisclosure.Verdict.WithheldAsUnanimous
                    or GroupDisclosure.Verdict.WithheldInCombination => DotWhiskerPoint.Missing(FeedbackWords.Withheld[language]),
                            _ => DotWhiskerPoint.NotPublished,
                        });
                    }
                    rows.Add(new DotWhiskerRow(label, points));
                    if (own is { } score && Standing(question, column, label, score) is { } sentence)
                    {
                        standing.AddRange(sentence);
                    }
                }
                var title = question.Type == QuestionType.RatedItems ? question.ShortLabel[language] : FeedbackWords.ScoreTitle[language];
                panels.Add(new DotWhiskerPanel(title, new ValueStyle(ValueKind.Number, 2), 0, 10, [0, 2, 4, 6, 8, 10], rows, new ValueStyle(ValueKind.Number)));
            }
            var series = new List<DotWhiskerSeries> { new(FeedbackWords.YourAnswer[language], Design.Theme.Navy) };
            series.AddRange(_groupList.Select(g => new DotWhiskerSeries(g.Header, g.Colour)));
            var chart = new DotWhiskerChart(language, questions[0].ShortLabel[language], series, panels);
            return new FeedbackScores(FeedbackWords.ScoresCaption[language], chart, new Prose(standing), reasons);
        }

        /// <summary>Where an own score stands among the other respondents' answers to the same column (never the
        /// municipality's own), when <see cref="GroupDisclosure.MayCompare"/> allows it. Each "N in 10" is true of the
        /// unrounded comparison: rounded to the nearest tenth, but 10 only when every other is lower (higher), and a
        /// share that rounds to 0 is left unsaid.</summary>
        private IReadOnlyList<TextBlock>? Standing(Question question, string column, string label, double score)
        {
            var others = inputs.Data.Responses
                .Where(r => r.Nis != response.Nis && r.Answers.Has(column))
                .Select(r => question.Counted(r.Answer(column)))
                .OfType<double>()
                .ToList();
            if (!GroupDisclosure.MayCompare(others, _rule))
            {
                return null;
            }
            return inputs.Templates.Render(language, "feedback/standing", new FeedbackStanding(label, AnswerText(question, score),
                InTen(others.Count(o => o < score), others.Count), InTen(others.Count(o => o > score), others.Count), others.Count));
        }

        // ---- choices: a table with the own answer in bold ---------------------------------------------------------

        private FeedbackAnswers Choices(List<Question> questions)
        {
            var reasons = new List<string>();
            var rows = new List<TableRow>();
            string[] Cells(Question question, Measure measure, string? option, string column, bool ownAnswered, Func<double, bool>? counts) =>
                [.. _groupList.Select(g => Cell(g, question, measure, option, column, ownAnswered, counts, reasons))];
            foreach (var question in questions)
            {
                switch (question.Type)
                {
                    case QuestionType.YesNo:
                        {
                            var own = Own(question.Column);
                            var text = AnswerText(question, own);
                            Record(question, null, question.Column, own, text);
                            rows.Add(new TableRow([question.ShortLabel[language], text, .. Cells(question, Measure.Share, FiguresAnalysis.Yes, question.Column, own is not null, v => v == 1)]));
                            break;
                        }
                    case QuestionType.SingleChoice:
                        {
                            // "Don't know" is printed as the answer but, like the figures, not counted in the base.
                            var given = Own(question.Column);
                            var text = AnswerText(question, given);
                            Record(question, null, question.Column, given, text);
                            var own = question.Counted(given);
                            var chosen = own is { } code ? question.Options.FirstOrDefault(o => o.Code == (int)code) : null;
                            var label = question.ShortLabel[language];
                            if (chosen is null)
                            {
                                // No answer: the groups' shares of the option most chosen in Belgium, named.
                                var ranked = _figures.RankedOptions(question.Id, ScopeId.Belgium);
                                var top = ranked.Count > 0 ? ranked[0] : null;
                                chosen = top is null ? null : question.Option(top.OptionId!);
                                if (chosen is not null)
                                {
                                    label += " — " + string.Format(CultureInfo.InvariantCulture, FeedbackWords.MostFrequent[language], chosen.ShortLabel[language]);
                                }
                            }
                            var chosenCode = chosen?.Code;
                            rows.Add(new TableRow([label, text, .. chosen is null
                                ? _groupList.Select(_ => PublicationWords.NotPublished[language])
                                : Cells(question, Measure.Share, chosen.Id, question.Column, own is not null, v => (int)v == chosenCode)]));
                            break;
                        }
                    default:
                        {
                            // Multiple choice (shares ticking each option) and ranking (mean rank of each item).
                            if (questions.Count > 1)
                            {
                                rows.Add(new TableRow([question.ShortLabel[language]], IsGroup: true));
                            }
                            var measure = question.Type == QuestionType.Ranking ? Measure.Mean : Measure.Share;
                            foreach (var option in question.Options)
                            {
                                var own = Own(option.Column!);
                                var text = AnswerText(question, own);
                                Record(question, option, option.Column!, own, text);
                                rows.Add(new TableRow([option.ShortLabel[language], text, .. Cells(question, measure, option.Id, option.Column!, own is not null,
                                    measure == Measure.Share ? v => v == 1 : null)]));
                            }
                            break;
                        }
                }
            }
            var columns = new List<TableColumn>
            {
                new(FeedbackWords.Question[language], 1.8f, IsNumeric: false),
                new(FeedbackWords.YourAnswer[language], 1.5f, IsNumeric: false, IsEmphasis: true),
            };
            columns.AddRange(_groupList.Select(g => new TableColumn(g.Column, 1)));
            return new FeedbackAnswers(new DataTable(null, Caption(questions), columns, rows, reasons), reasons);
        }

        /// <summary>What a table's figures are: the question asked when the table holds one, and what its percentages count.</summary>
        private string Caption(List<Question> questions)
        {
            var types = questions.Select(q => q.Type).Distinct().ToList();
            var measure = types.Count != 1 ? FeedbackWords.SharesCaption[language] : types[0] switch
            {
                QuestionType.YesNo => FeedbackWords.PercentYes[language],
                QuestionType.SingleChoice => FeedbackWords.PercentSame[language],
                QuestionType.Ranking => FeedbackWords.MeanRank[language],
                _ => FeedbackWords.PercentTicked[language],
            };
            return questions.Count == 1 ? $"{questions[0].Text[language]}   ·   {measure}" : measure;
        }

        // ---- the answers that changed since the previous wave ----------------------------------------------------

        private (DataTable? Table, FeedbackChange Model) Change()
        {
            var edition = _figures.Edition;
            if (inputs.Previous is not { } previous)
            {
                return (null, new FeedbackChange(First: true, AnsweredBefore: false, "", edition, 0, 0));
            }
            var before = previous.Responses.FirstOrDefault(r => r.Nis == response.Nis);
            var previousId = previous.Edition.Id;
            if (before is null)
            {
                return (null, new FeedbackChange(First: false, AnsweredBefore: false, previousId, edition, 0, 0));
            }
            var rows = new List<TableRow>();
            var compared = 0;
            var changed = 0;
            foreach (var question in _figures.Codebook.Questions)
            {
                if (previous.Codebook.FindQuestion(question.Id) is not { } old || old.Type != question.Type)
                {
                    continue;
                }
                // Only the columns (items, options) both codebooks have.
                var pairs = question.Columns.Count == 1 && old.Columns.Count == 1
                    ? [(Label: question.ShortLabel[language], Now: question.Column, Then: old.Column)]
                    : question.Options
                        .Where(o => o.Column is not null && old.Options.Any(p => p.Id == o.Id && p.Column == o.Column))
                        .Select(o => (Label: question.ShortLabel[language] + Parts.PublicationWords.Colon(language) + o.ShortLabel[language], Now: o.Column!, Then: o.Column!))
                        .ToList();
                if (pairs.Count == 0)
                {
                    continue;
                }
                compared++;
                var rowsBefore = rows.Count;
                foreach (var (label, now, then) in pairs)
                {
                    var a = before.Answers.Has(then) ? before.Answer(then) : null;
                    var b = Own(now);
                    if (a is not { } x || b is not { } y)
                    {
                        continue;
                    }
                    var same = question.Type == QuestionType.SingleChoice
                        ? old.Options.FirstOrDefault(o => o.Code == (int)x)?.Id == question.Options.FirstOrDefault(o => o.Code == (int)y)?.Id
                        : x == y;
                    if (!same)
                    {
                        rows.Add(new TableRow([label, AnswerText(old, x, language), AnswerText(question, y, language)]));
                    }
                }
                // Questions are counted as questions: a question of rated items with two items changed is one.
                changed += rows.Count > rowsBefore ? 1 : 0;
            }
            var model = new FeedbackChange(First: false, AnsweredBefore: true, previousId, edition, compared, changed);
            if (rows.Count == 0)
            {
                return (null, model);
            }
            var columns = new List<TableColumn>
            {
                new(FeedbackWords.Question[language], 3f, IsNumeric: false),
                new(previousId, 1.4f, IsNumeric: false),
                new(edition, 1.4f, IsNumeric: false, IsEmphasis: true),
            };
            return (new DataTable(null, string.Format(CultureInfo.InvariantCulture, FeedbackWords.ChangeCaption[language], previousId, edition), columns, rows, []),
                model);
        }
    }
}

/// <summary>The model of feedback/intro.</summary>
/// <param name="Municipality">The municipality's name.</param>
/// <param name="Edition">The edition.</param>
/// <param name="GroupCount">How many groups it is set beside.</param>
/// <param name="Groups">The groups, as a list in words.</param>
/// <param name="Respondents">How many municipalities answered, formatted.</param>
public sealed record FeedbackIntro(string Municipality, string Edition, int GroupCount, string Groups, string Respondents);

/// <summary>The model of feedback/standing.</summary>
/// <param name="Label">The score's short label.</param>
/// <param name="OwnScore">The own score, formatted.</param>
/// <param name="Higher">In how many of 10 other respondents the score is higher (rounded half-up).</param>
/// <param name="Lower">In how many of 10 other respondents the score is lower.</param>
/// <param name="Others">How many other municipalities answered.</param>
public sealed record FeedbackStanding(string Label, string OwnScore, int Higher, int Lower, int Others);

/// <summary>The model of feedback/how_to_read.</summary>
/// <param name="SuppressBelow">The disclosure threshold.</param>
/// <param name="FractionsBelow">Below this many answers, shares are fractions.</param>
public sealed record FeedbackHowToRead(int SuppressBelow, int FractionsBelow);

/// <summary>The model of feedback/change.</summary>
/// <param name="First">True when there is no previous wave.</param>
/// <param name="AnsweredBefore">True when the municipality answered the previous wave.</param>
/// <param name="Previous">The previous edition.</param>
/// <param name="Edition">This edition.</param>
/// <param name="Compared">How many questions both waves asked.</param>
/// <param name="Changed">How many of those questions have an answer (an item, an option) that changed: questions, as
/// <paramref name="Compared"/> counts them; the table lists each changed answer.</param>
public sealed record FeedbackChange(bool First, bool AnsweredBefore, string Previous, string Edition, int Compared, int Changed);
