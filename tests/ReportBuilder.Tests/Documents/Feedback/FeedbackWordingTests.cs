using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Tests.Documents.Feedback;

/// <summary>What the sheets say in words is true: where a score stands ("higher than that of 9 in 10") on the
/// unrounded comparison, and how many of the questions asked in both waves got another answer, counted as questions.</summary>
public sealed class FeedbackWordingTests(FeedbackSample sample) : IClassFixture<FeedbackSample>
{
    [Theory]
    [InlineData(118, 122, 9)]  // 96.7 % rounds to 10 in 10: false while 4 scored as high or higher
    [InlineData(122, 122, 10)] // all of them: true
    [InlineData(121, 122, 9)]
    [InlineData(115, 122, 9)]  // 94.3 %: nearest tenth
    [InlineData(61, 122, 5)]
    [InlineData(6, 122, 0)]    // 4.9 %: rounds to 0, left unsaid
    [InlineData(7, 122, 1)]    // 5.7 %
    [InlineData(0, 122, 0)]
    [InlineData(2, 3, 7)]
    public void A_share_in_tenths_is_the_nearest_tenth_but_never_all_unless_it_is(int count, int total, int expected) =>
        Assert.Equal(expected, FeedbackContentBuilder.InTen(count, total));

    private static readonly Regex French = new(
        @"^(?<label>.+?)\u202F?: votre score de (?<own>[\d,]+) est (?:supérieur à celui de (?<higher>\d+) sur 10)?(?: et )?(?:inférieur à celui de (?<lower>\d+) sur 10)?(?<same>égal à celui de la plupart)? des (?<others>\d+) autres communes ayant répondu\.$");

    private static readonly Regex Dutch = new(
        @"^(?<label>.+?): uw score van (?<own>[\d,]+) is (?:hoger dan die van (?<higher>\d+) op 10)?(?: en )?(?:lager dan die van (?<lower>\d+) op 10)?(?<same>gelijk aan die van de meeste)? van de (?<others>\d+) andere gemeenten die antwoordden\.$");

    private static readonly Regex German = new(
        @"^(?<label>.+?): Ihr Wert von (?<own>[\d,]+) ist (?:höher als bei (?<higher>\d+) von 10)?(?: und )?(?:niedriger als bei (?<lower>\d+) von 10)?(?<same>genauso hoch wie bei den meisten)? der (?<others>\d+) anderen Gemeinden, die geantwortet haben\.$");

    [Fact]
    public void Every_standing_sentence_on_the_sample_is_true_of_the_unrounded_comparison_and_given_only_where_allowed()
    {
        var sentences = 0;
        foreach (var ((nis, language), content) in sample.Content)
        {
            var own = sample.Data.Responses.Single(r => r.Nis == nis);
            var said = content.Chapters.SelectMany(c => c.Sections).SelectMany(s => s.Blocks).OfType<FeedbackScores>()
                .SelectMany(s => s.Standing.Blocks).OfType<Paragraph>().Select(p => p.PlainText).ToList();
            var columns = sample.Figures.Codebook.Questions.Where(q => q.Type is QuestionType.Scale0To10 or QuestionType.RatedItems)
                .SelectMany(q => q.Type == QuestionType.RatedItems
                    ? q.Options.Select(o => (Column: o.Column!, Label: o.ShortLabel[language]))
                    : [(q.Column, q.ShortLabel[language])])
                .ToList();
            foreach (var (column, label) in columns)
            {
                var others = sample.Data.Responses.Where(r => r != own).Select(r => r.Answer(column)).OfType<double>().ToList();
                var sentence = said.SingleOrDefault(s => s.StartsWith(label, StringComparison.Ordinal) && Regex.IsMatch(s[label.Length..], @"^\u202F?:"));
                var allowed = own.Answer(column) is not null && others.Count >= 3 && others.Distinct().Count() > 1;
                Assert.True(allowed == (sentence is not null), $"{nis}/{language} {column}: {sentence}");
                if (sentence is null)
                {
                    continue;
                }
                sentences++;
                var match = (language.Code switch { "fr" => French, "de" => German, _ => Dutch }).Match(sentence);
                Assert.True(match.Success, sentence);
                var score = own.Answer(column)!.Value;
                Assert.Equal(score, double.Parse(match.Groups["own"].Value.Replace(',', '.'), CultureInfo.InvariantCulture));
                Assert.Equal(others.Count, int.Parse(match.Groups["others"].Value, CultureInfo.InvariantCulture));
                void Check(Group group, int count)
                {
                    var exact = 10.0 * count / others.Count;
                    if (!group.Success)
                    {
                        Assert.True(exact < 0.5, $"{sentence}: {count} of {others.Count} left unsaid");
                        return;
                    }
                    var tenths = int.Parse(group.Value, CultureInfo.InvariantCulture);
                    Assert.InRange(tenths, 1, 10);
                    Assert.True(tenths < 10 || count == others.Count, $"{sentence}: {count} of {others.Count} is not 10 in 10");
                    Assert.True(Math.Abs(tenths - exact) <= 0.5 || (tenths == 9 && exact > 9), $"{sentence}: {count} of {others.Count}");
                }
                Check(match.Groups["higher"], others.Count(o => o < score));
                Check(match.Groups["lower"], others.Count(o => o > score));
                if (match.Groups["same"].Success)
                {
                    Assert.True(others.Count(o => o == score) * 2 > others.Count, sentence);
                }
            }
        }
        Assert.True(sentences > 500, sentences.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_changed_answers_are_counted_as_questions_like_the_questions_compared()
    {
        var changedSomewhere = 0;
        foreach (var ((nis, language), content) in sample.Content)
        {
            if (sample.Previous.Responses.SingleOrDefault(p => p.Nis == nis) is not { } before)
            {
                continue;
            }
            var now = sample.Data.Responses.Single(r => r.Nis == nis);
            // Asked in both waves in the same columns: the role (1 column), the three factors (3), the initiator (1).
            string[][] questions = [["respondent_role"], ["factor_human", "factor_institutional", "factor_technological"], ["initiator"]];
            var changed = questions.Count(q => q.Any(c => before.Answer(c) is { } a && now.Answer(c) is { } b && a != b));
            var rows = content.Change?.Rows.Count ?? 0;
            var text = string.Concat(content.ChangeText.Blocks.OfType<Paragraph>().Select(p => p.PlainText));
            if (changed == 0)
            {
                Assert.Equal(0, rows);
                continue;
            }
            changedSomewhere += rows > changed ? 1 : 0;
            var expected = language.Code switch
            {
                "fr" when changed == 3 => "Vos réponses aux 3 questions posées en 2017 et en 2018 ont toutes changé",
                "fr" => $"Vos réponses à {changed} des 3 questions posées en 2017 et en 2018 ont changé",
                "de" when changed == 3 => "Ihre Antworten haben sich bei allen 3 Fragen geändert, die sowohl 2017 als auch 2018 gestellt wurden",
                "de" => $"Ihre Antworten haben sich bei {changed} der 3 Fragen geändert, die sowohl 2017 als auch 2018 gestellt wurden",
                _ when changed == 3 => "Uw antwoorden op alle 3 vragen die zowel in 2017 als in 2018 gesteld werden, veranderden",
                _ => $"Uw antwoorden op {changed} van de 3 vragen die zowel in 2017 als in 2018 gesteld werden, veranderden",
            };
            Assert.StartsWith(expected, text, StringComparison.Ordinal);
            Assert.InRange(rows, changed, 5);
        }
        // Sheets where a question of rated items changed in two items or more: more rows than questions.
        Assert.True(changedSomewhere > 0);
    }

    [Fact]
    public void The_english_how_to_read_and_change_sentences_say_the_same()
    {
        var templates = TemplateLibrary.Load();
        var howTo = string.Concat(templates.Render(Languages.En, "feedback/how_to_read", new FeedbackHowToRead(3, 10)).OfType<BulletList>()
            .SelectMany(b => b.PlainItems));
        Assert.Contains("or where they were unanimous (all or none of them gave the answer, or all gave the same score)", howTo, StringComparison.Ordinal);
        Assert.Contains("at least 3 of them answered and they did not all give the same score", howTo, StringComparison.Ordinal);
        var change = string.Concat(templates.Render(Languages.En, "feedback/change", new FeedbackChange(false, true, "2017", "2018", 3, 2))
            .OfType<Paragraph>().Select(p => p.PlainText));
        Assert.StartsWith("Your answers to 2 of the 3 questions asked in both 2017 and 2018 changed", change, StringComparison.Ordinal);
    }
}
