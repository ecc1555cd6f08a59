using System.Collections;
using System.Globalization;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using Scriban.Runtime;

namespace ReportBuilder.Narrative;

/// <summary>The functions a template may call, bound to the document's language. Scriban exposes them in
/// snake_case: percent, score, number, count, plural, ordinal, one_in, fraction, compare, compare_key,
/// scope, scope_in, list.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static",
    Justification = "Scriban imports the instance's methods; every function must be an instance member.")]
internal sealed class TemplateFunctions(Language language)
{
    /// <summary>Adds every function to <paramref name="globals"/> under its snake_case name (the delegates keep
    /// the methods' optional parameters).</summary>
    public void ImportInto(ScriptObject globals)
    {
        globals.Import("percent", new Func<double, int, string>(Percent));
        globals.Import("score", new Func<double, int, int, string>(Score));
        globals.Import("number", new Func<double, int, string>(Number));
        globals.Import("count", new Func<long, string, string, string>(Count));
        globals.Import("plural", new Func<long, string, string, string>(Plural));
        globals.Import("ordinal", new Func<int, bool, string>(Ordinal));
        globals.Import("one_in", new Func<double, string>(OneIn));
        globals.Import("fraction", new Func<int, int, string>(Fraction));
        globals.Import("compare", new Func<IntervalEstimate, IntervalEstimate, string>(Compare));
        globals.Import("compare_key", new Func<IntervalEstimate, IntervalEstimate, string>(CompareKey));
        globals.Import("scope", new Func<string, string>(Scope));
        globals.Import("scope_in", new Func<string, string>(ScopeIn));
        globals.Import("list", new Func<IEnumerable, string>(List));
    }

    /// <summary>A share as a percentage: "35 %" (fr), "35%" (en, nl).</summary>
    public string Percent(double share, int decimals = 0) => NumberFormat.Percent(share, decimals, language);

    /// <summary>A mean out of 10: "3,64/10", "3.64/10".</summary>
    public string Score(double mean, int decimals = 2, int outOf = 10) => NumberFormat.Score(mean, decimals, outOf, language);

    /// <summary>A number in the language's format.</summary>
    public string Number(double value, int decimals = 0) => NumberFormat.Number(value, decimals, language);

    /// <summary>A count with its noun in the right number: "123 municipalities".</summary>
    public string Count(long count, string singular, string plural) => Wording.Count(count, singular, plural, language);

    /// <summary>The singular or the plural noun for <paramref name="count"/>.</summary>
    public string Plural(long count, string singular, string plural) => Wording.Plural(count, singular, plural, language);

    /// <summary>"1st", "1er", "1e"…</summary>
    public string Ordinal(int rank, bool feminine = false) => Wording.Ordinal(rank, language, feminine);

    /// <summary>"1 in 4", "1 sur 4", "1 op 4".</summary>
    public string OneIn(double share) => Wording.OneIn(share, language);

    /// <summary>"3/4".</summary>
    public string Fraction(int count, int total) => NumberFormat.Fraction(count, total);

    /// <summary>"higher than", "similar to", "lower than" in the language, from the intervals.</summary>
    public string Compare(IntervalEstimate a, IntervalEstimate b) => Wording.ComparePhrase(a, b, language);

    /// <summary>"higher", "similar" or "lower" (the same in every language), for template branches.</summary>
    public string CompareKey(IntervalEstimate a, IntervalEstimate b) => Wording.Compare(a, b).ToString().ToLowerInvariant();

    /// <summary>The scope's name: "Wallonie".</summary>
    public string Scope(string code) => ScopeNames.Name(code, language);

    /// <summary>The scope as a place: "en Wallonie", "dans le Hainaut".</summary>
    public string ScopeIn(string code) => ScopeNames.In(code, language);

    /// <summary>"a, b and c" in the language.</summary>
    public string List(IEnumerable items) =>
        Wording.List(items.Cast<object>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture) ?? ""), language);
}
