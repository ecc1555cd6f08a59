using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Charts;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.KeyFigures;

/// <summary>Builds the key-figures leaflet's content from the figures and the templates: the questions of its plan
/// (<see cref="KeyFiguresPlan"/>), a section left out where the plan names none.</summary>
public static class KeyFiguresContentBuilder
{
    /// <summary>The leaflet's content in <paramref name="language"/>, under the edition's <paramref name="subtitle"/>.</summary>
    public static KeyFiguresContent Build(Figures figures, TemplateLibrary templates, LocalizedText subtitle, KeyFiguresPlan plan, Language language)
    {
        ArgumentNullException.ThrowIfNull(subtitle);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(templates);
        var codebook = figures.Codebook;
        var edition = codebook.Edition;
        ArgumentNullException.ThrowIfNull(plan);
        var (score, ranking, options) = (plan.Score, plan.Ranking, plan.Options);
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
