using System.Collections.Concurrent;
using ReportBuilder.Analysis;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Documents.Infographic;
using ReportBuilder.Documents.Report;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents;

/// <summary>
/// An edition as the publications see it: everything loaded and checked once (the waves, figures, templates, the
/// report's settings and the plans), the languages built and the date stamped. Publications build their content from
/// this alone; what two of them share (the report's content for the PDF and the web page) is built once through
/// <see cref="Shared{T}"/>.
/// </summary>
public sealed class PublicationContext
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _shared = new(StringComparer.Ordinal);

    /// <summary>Creates the context of an edition.</summary>
    public PublicationContext(SurveyData current, SurveyData? previous, Figures figures, TemplateLibrary templates, ReportSettings settings,
        FactSheetPlan sheetPlan, InfographicPlan infographicPlan, IReadOnlyList<Language> languages, DateTime date, string dataVersion)
    {
        Current = current;
        Previous = previous;
        Figures = figures;
        Templates = templates;
        Settings = settings;
        SheetPlan = sheetPlan;
        InfographicPlan = infographicPlan;
        KeyFiguresPlan = KeyFigures.KeyFiguresPlan.FromCodebook(figures.Codebook);
        Languages = languages;
        Date = date;
        DataVersion = dataVersion;
    }

    /// <summary>The wave published, after corrections.</summary>
    public SurveyData Current { get; }

    /// <summary>The previous wave, or null.</summary>
    public SurveyData? Previous { get; }

    /// <summary>Every figure of the wave.</summary>
    public Figures Figures { get; }

    /// <summary>The wording templates.</summary>
    public TemplateLibrary Templates { get; }

    /// <summary>The report's settings.</summary>
    public ReportSettings Settings { get; }

    /// <summary>The fact sheets' plan.</summary>
    public FactSheetPlan SheetPlan { get; }

    /// <summary>The infographic's plan.</summary>
    public InfographicPlan InfographicPlan { get; }

    /// <summary>The questions the key-figures leaflet shows (its plan file's, else the codebook's by the documented rule).</summary>
    public KeyFigures.KeyFiguresPlan KeyFiguresPlan { get; init; }

    /// <summary>The languages built, in order.</summary>
    public IReadOnlyList<Language> Languages { get; }

    /// <summary>The date stamped on the outputs.</summary>
    public DateTime Date { get; }

    /// <summary>The SHA-256 of the data and corrections files.</summary>
    public string DataVersion { get; }

    /// <summary>The edition's id ("2018").</summary>
    public string Edition => Figures.Edition;

    /// <summary>The value <paramref name="build"/> returns, built once per <paramref name="key"/> however many
    /// publications ask, on any thread.</summary>
    public T Shared<T>(string key, Func<T> build)
        where T : notnull =>
        (T)_shared.GetOrAdd(key, _ => new Lazy<object>(() => build(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
