using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Charts;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.KeyFigures;

/// <summary>Builds the key-figures leaflet's content from the figures and the templates: the codebook's first 0–10
/// question, first rated items and first multiple choice (<see cref="Questions"/>), a section left out where the
/// codebook has no question of its type.</summary>
public static class KeyFiguresContentBuilder
{
    /// <summary>The leaflet's content in <paramref name="language"/>, under the edition's <paramref name="subtitle"/>.</summary>
    public static KeyFiguresContent Build(Figures figures, TemplateLibrary templates, LocalizedText subtitle, Language language)
    {
        ArgumentNullException.ThrowIfNull(subtitle);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(templates);
        var codebook = figures.Codebook;
        var edition = codebook.Edition;
        var (score, ranking, options) = Questions(codebook);
        string Label(string id) => codebook.Question(id).ShortLabel[language];
        return new KeyFiguresContent(
            language,
            edition.Id,
            edition.Title[language],
            edition.Publisher[language],
            subtitle[language],
            Tagline(figures, language),
            Fieldwork(edition, language),
            figures.IsSynthetic,
            score is null ? null : new KeyScoreSection(Label(score),
                templates.Render(language, "report/progress", FigureNarratives.Progress(figures, score)),
                FigureCharts.ScaleDistribution(figures, score, ScopeId.Belgium, language),
                FigureCharts.ProvinceMap(figures, score, language)),
            ranking is null ? null : new KeyRankingSection(Label(ranking),
                templates.Render(language, "report/factors", FigureNarratives.Ranked(figures, ranking, language)),
                FigureCharts.Ranking(figures, ranking, ScopeId.Belgium, language)),
            options is null ? null : new KeyOptionsSection(Label(options), FigureCharts.OptionBars(figures, options, ScopeId.Belgium, language)));
    }

    /// <summary>The questions the leaflet shows, from the codebook by type, in its order: the first 0–10 scale (its
    /// national score, distribution and map), the first rated items (their ranking) and the first multiple choice (its
    /// shares); null where the codebook has none of that type.</summary>
    public static (string? Score, string? Ranking, string? Options) Questions(Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        string? First(QuestionType type) => codebook.Questions.FirstOrDefault(q => q.Type == type)?.Id;
        return (First(QuestionType.Scale0To10), First(QuestionType.RatedItems), First(QuestionType.MultipleChoice));
    }

    private static string Tagline(Figures figures, Language language)
    {
        var frame = figures.Scope(ScopeId.Belgium).FrameSize;
        return string.Format(language.Culture, KeyFiguresWords.Tagline[language],
            NumberFormat.Number(figures.ResponseOf(ScopeId.Belgium).Respondents, 0, language),
            frame is { } size ? NumberFormat.Number(size, 0, language) : "?");
    }

    private static string Fieldwork(Edition edition, Language language)
    {
        var culture = language.Culture;
        var start = edition.FieldworkStart.ToString("MMMM yyyy", culture);
        var end = edition.FieldworkEnd.ToString("MMMM yyyy", culture);
        return $"{Parts.PublicationWords.Labelled(KeyFiguresWords.Fieldwork, language)}{start} – {end}";
    }
}
