using System.Text.Encodings.Web;
using System.Text.Json;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Localization;

namespace ReportBuilder.Analysis.Export;

/// <summary>
/// figures.json: the options used, the scopes with their response, the representativeness tests, the weights,
/// the coverage per question and scope, and every figure with scope, question, option, measure, n, estimate,
/// interval, disclosure, suppression and change. A suppressed figure is written with "suppressed": true, its
/// reason (NoAnswers, TooFewAnswers, ProtectsGroup for a small group's unanimous share, or ProtectsAnotherFigure for a
/// secondary suppression), and null in every numeric field; a withheld coverage row has null answered and missing
/// counts and its reason. "disclosure" records the rule (with "group": "protect" or "show"); "withheld" counts the
/// suppressed figures and withheld coverage rows, in all and per reason. Numbers are invariant (JSON), order is that of <see cref="Figures"/>.
/// </summary>
public static class FiguresJson
{
    /// <summary>The UTF-8 bytes of figures.json, scope names in <paramref name="languages"/>.</summary>
    public static byte[] Write(Figures figures, IReadOnlyList<Language> languages)
    {
        ArgumentNullException.ThrowIfNull(figures);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("edition", figures.Edition);
            json.WriteString("previousEdition", figures.PreviousEdition);
            json.WriteBoolean("synthetic", figures.IsSynthetic);
            json.WriteString("weighting", figures.Options.Weighting.ToString());
            json.WriteStartObject("disclosure");
            json.WriteNumber("suppressBelow", figures.Options.Disclosure.SuppressBelow);
            json.WriteNumber("fractionsBelow", figures.Options.Disclosure.FractionsBelow);
            json.WriteBoolean("secondary", figures.Options.Disclosure.Secondary);
            json.WriteString("group", figures.Options.Disclosure.Group == UnanimousGroups.Protect ? "protect" : "show");
            json.WriteEndObject();
            WriteWithheld(json, figures);
            json.WriteNumber("atLeastThreshold", figures.Options.AtLeastThreshold);
            json.WriteNumber("confidenceLevel", 0.95);

            json.WriteStartArray("scopes");
            foreach (var response in figures.Responses)
            {
                WriteScope(json, response, languages);
            }
            json.WriteEndArray();

            json.WriteStartArray("representativeness");
            foreach (var test in figures.Representativeness)
            {
                WriteTest(json, test);
            }
            json.WriteEndArray();

            json.WriteStartArray("weights");
            foreach (var weight in figures.Weights)
            {
                json.WriteStartObject();
                json.WriteString("stratum", weight.ScopeId);
                json.WriteNumber("frameSize", weight.FrameSize);
                json.WriteNumber("respondents", weight.Respondents);
                WriteNumber(json, "weight", weight.Weight);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("coverage");
            foreach (var coverage in figures.Coverage)
            {
                json.WriteStartObject();
                json.WriteString("scope", coverage.ScopeId);
                json.WriteString("question", coverage.QuestionId);
                json.WriteNumber("respondents", coverage.Respondents);
                WriteNumber(json, "answered", coverage.Answered);
                WriteNumber(json, "missing", coverage.Missing);
                json.WriteString("disclosure", coverage.Disclosure.ToString());
                if (coverage.Suppression is { } reason)
                {
                    json.WriteString("suppressionReason", reason.ToString());
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("figures");
            foreach (var figure in figures.Items)
            {
                WriteFigure(json, figure);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>"withheld": how many figures and coverage rows are suppressed, in all and for each reason (every
    /// reason named, 0 included, in the order of <see cref="SuppressionReason"/>).</summary>
    private static void WriteWithheld(Utf8JsonWriter json, Figures figures)
    {
        void Counts(string name, IReadOnlyList<SuppressionReason> reasons)
        {
            json.WriteStartObject(name);
            json.WriteNumber("total", reasons.Count);
            foreach (var reason in Enum.GetValues<SuppressionReason>())
            {
                json.WriteNumber(reason.ToString(), reasons.Count(r => r == reason));
            }
            json.WriteEndObject();
        }
        json.WriteStartObject("withheld");
        Counts("figures", [.. figures.Items.Select(f => f.Value).OfType<Suppressed>().Select(s => s.Reason)]);
        Counts("coverage", [.. figures.Coverage.Where(c => c.Answered is null && c.Suppression is not null).Select(c => c.Suppression!.Value)]);
        json.WriteEndObject();
    }

    private static void WriteScope(Utf8JsonWriter json, ScopeResponse response, IReadOnlyList<Language> languages)
    {
        Scope scope = response.Scope;
        json.WriteStartObject();
        json.WriteString("id", scope.Id);
        json.WriteString("kind", scope.Kind.ToString());
        json.WriteStartObject("name");
        foreach (var language in languages.Where(scope.Name.Has))
        {
            json.WriteString(language.Code, scope.Name[language]);
        }
        json.WriteEndObject();
        WriteNumber(json, "frameSize", scope.FrameSize);
        json.WriteBoolean("frameSizeIsAssumed", scope.FrameSizeIsAssumed);
        json.WriteNumber("respondents", response.Respondents);
        WriteNumber(json, "responseRate", response.ResponseRate);
        json.WriteEndObject();
    }

    private static void WriteTest(Utf8JsonWriter json, RepresentativenessTest test)
    {
        json.WriteStartObject();
        json.WriteString("dimension", test.Dimension);
        WriteNumber(json, "chiSquare", test.ChiSquare);
        json.WriteNumber("degreesOfFreedom", test.DegreesOfFreedom);
        WriteNumber(json, "pValue", test.PValue);
        json.WriteBoolean("frameIsAssumed", test.FrameIsAssumed);
        json.WriteStartArray("cells");
        foreach (var cell in test.Cells)
        {
            json.WriteStartObject();
            json.WriteString("scope", cell.ScopeId);
            json.WriteNumber("observed", cell.Observed);
            json.WriteNumber("frameSize", cell.FrameSize);
            json.WriteNumber("expected", cell.Expected);
            json.WriteNumber("sampleShare", cell.SampleShare);
            json.WriteNumber("frameShare", cell.FrameShare);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter json, Figure figure)
    {
        json.WriteStartObject();
        json.WriteString("scope", figure.ScopeId);
        json.WriteString("question", figure.QuestionId);
        json.WriteString("option", figure.OptionId);
        json.WriteString("measure", figure.Measure.ToString());
        var estimate = figure.Estimate;
        WriteNumber(json, "n", estimate?.Answered);
        WriteNumber(json, "count", estimate?.Count);
        WriteNumber(json, "estimate", estimate?.Value);
        WriteNumber(json, "lower", estimate?.Interval?.Lower);
        WriteNumber(json, "upper", estimate?.Interval?.Upper);
        json.WriteString("disclosure", estimate?.Disclosure.ToString() ?? "Suppressed");
        json.WriteBoolean("suppressed", figure.IsSuppressed);
        if (figure.Value is Suppressed suppressed)
        {
            json.WriteString("suppressionReason", suppressed.Reason.ToString());
            json.WriteNumber("suppressionThreshold", suppressed.Threshold);
        }
        if (figure.Change is { } change)
        {
            json.WriteStartObject("change");
            json.WriteString("previousEdition", change.PreviousEdition);
            json.WriteNumber("previous", change.Previous);
            json.WriteNumber("difference", change.Difference);
            WriteNumber(json, "combinedMargin", change.CombinedMargin);
            json.WriteBoolean("notable", change.IsNotable);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("change");
        }
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
