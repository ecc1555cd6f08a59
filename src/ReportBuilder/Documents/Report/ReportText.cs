using System.Globalization;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.Report;

/// <summary>The report's short generated phrases in each language: bases, sources, table cells and notes.</summary>
internal static class ReportText
{
    /// <summary>A table cell: the figure as printed, or "–" when it is not published.</summary>
    public const string Dash = "–";

    /// <summary>A count in a table cell, or "–" when it is withheld (it would give away a suppressed figure).</summary>
    public static string Count(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? Dash;

    /// <summary>"123 municipalities answered; 4 did not."</summary>
    public static string Base(int answered, int missing, Language language)
    {
        var n = answered.ToString(CultureInfo.InvariantCulture);
        var m = missing.ToString(CultureInfo.InvariantCulture);
        return (language, missing) switch
        {
            (Language.Fr, 0) => $"Les {n} communes répondantes ont toutes répondu à cette question.",
            (Language.Nl, 0) => $"Alle {n} responderende gemeenten beantwoordden deze vraag.",
            (_, 0) => $"All {n} responding municipalities answered this question.",
            (Language.Fr, _) => $"{n} {Wording.Plural(answered, "commune a", "communes ont", language)} répondu à cette question ; {m} ne l’{Wording.Plural(missing, "a", "ont", language)} pas fait.",
            (Language.Nl, _) => $"{n} {Wording.Plural(answered, "gemeente beantwoordde", "gemeenten beantwoordden", language)} deze vraag; {m} {Wording.Plural(missing, "deed", "deden", language)} dat niet.",
            _ => $"{n} {Wording.Plural(answered, "municipality", "municipalities", language)} answered this question; {m} did not.",
        };
    }

    /// <summary>"(the 5 most frequent answers)", for a chart or table that leaves the rarer answers out.</summary>
    public static string MostFrequent(int count, Language language) => language switch
    {
        Language.Fr => $"(les {count.ToString(CultureInfo.InvariantCulture)} réponses les plus fréquentes)",
        Language.Nl => $"(de {count.ToString(CultureInfo.InvariantCulture)} meest gegeven antwoorden)",
        _ => $"(the {count.ToString(CultureInfo.InvariantCulture)} most frequent answers)",
    };

    /// <summary>"123 municipalities".</summary>
    public static string Municipalities(int count, Language language) => Wording.Count(count, language switch
    {
        Language.Fr => "commune",
        Language.Nl => "gemeente",
        _ => "municipality",
    }, language switch
    {
        Language.Fr => "communes",
        Language.Nl => "gemeenten",
        _ => "municipalities",
    }, language);

    /// <summary>"in 11 provinces" (the Brussels-Capital Region counted among them).</summary>
    public static string InProvinces(int count, Language language) => language switch
    {
        Language.Fr => $"dans {count.ToString(CultureInfo.InvariantCulture)} provinces et régions",
        Language.Nl => $"in {count.ToString(CultureInfo.InvariantCulture)} provincies en gewesten",
        _ => $"in {count.ToString(CultureInfo.InvariantCulture)} provinces and regions",
    };

    /// <summary>The source line of every figure: the publisher's barometer, and the synthetic sample when it is one.</summary>
    public static string Source(Figures figures, Language language)
    {
        var edition = figures.Codebook.Edition;
        var source = $"{edition.Title[language]}";
        return figures.IsSynthetic
            ? source + language switch
            {
                Language.Fr => " (échantillon synthétique)",
                Language.Nl => " (synthetische steekproef)",
                _ => " (synthetic sample)",
            }
            : source;
    }

    /// <summary>A figure in a table cell: "35%", "3/4" (few answers), "3.64" (means, ranks), or "–" when not published.</summary>
    public static string Cell(Figure? figure, Question question, Language language) =>
        FigureDisplay.Of(figure).Text(language) ?? Dash;

    /// <summary>A figure's 95 % interval in a table cell ("27–44" for shares in percent, "3.31–3.97" for means), or empty
    /// when it has none or is shown as a fraction.</summary>
    public static string IntervalCell(Figure? figure, Language language)
    {
        if (FigureDisplay.Of(figure) is not FigureDisplay.Published { Estimate.Interval: { } interval } published)
        {
            return "";
        }
        return FigureText.IsShare(published.Measure)
            ? $"{NumberFormat.Number(interval.Lower * 100, 0, language)}–{NumberFormat.Number(interval.Upper * 100, 0, language)}"
            : $"{NumberFormat.Number(interval.Lower, FigureText.MeanDecimals, language)}–{NumberFormat.Number(interval.Upper, FigureText.MeanDecimals, language)}";
    }

    /// <summary>The note under a table that may hold "–" or fractions.</summary>
    public static string DisclosureNote(Figures figures, Language language) => string.Format(CultureInfo.InvariantCulture,
        (figures.Options.Disclosure.Group == UnanimousGroups.Protect ? ReportWords.NotPublishedNoteGroups : ReportWords.NotPublishedNote)[language],
        figures.Options.Disclosure.SuppressBelow, figures.Options.Disclosure.FractionsBelow);

    /// <summary>The note under a change table.</summary>
    public static string ChangeNote(string previous, Language language) => language switch
    {
        Language.Fr => $"Une évolution n’est signalée que lorsque l’écart avec {previous} dépasse la marge d’erreur combinée des deux vagues ; sinon le chiffre est dit stable.",
        Language.Nl => $"Een verandering wordt alleen gemeld wanneer het verschil met {previous} groter is dan de gecombineerde foutenmarge van beide rondes; anders heet het cijfer ongeveer gelijk.",
        _ => $"A change is reported only when the difference from {previous} exceeds the combined margin of error of both waves; otherwise the figure is called about the same.",
    };
}
