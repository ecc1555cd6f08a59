using System.Globalization;
using ReportBuilder.Localization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Survey.Loading;

/// <summary>
/// Reads the YAML files researchers edit (codebooks, frames) node by node, so that every problem is
/// reported with its file and line, and reading goes on after a problem to find the others.
/// </summary>
internal sealed class YamlSource
{
    private readonly List<SurveyProblem> _problems;

    private YamlSource(string file, List<SurveyProblem> problems)
    {
        File = file;
        _problems = problems;
    }

    public string File { get; }

    /// <summary>How many problems have been reported so far (to tell whether a part read cleanly).</summary>
    public int ProblemCount => _problems.Count;

    public static (YamlSource Document, YamlMappingNode? Root) Parse(string text, string file, List<SurveyProblem> problems)
    {
        var document = new YamlSource(file, problems);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                problems.Add(new SurveyProblem(file, 1, null, null, "the file is empty or is not a YAML mapping"));
                return (document, null);
            }
            return (document, root);
        }
        catch (YamlException exception)
        {
            problems.Add(new SurveyProblem(file, (int)exception.Start.Line, null, null, "invalid YAML: " + exception.Message));
            return (document, null);
        }
    }

    public void Error(YamlNode node, string? key, string? value, string message) =>
        _problems.Add(new SurveyProblem(File, (int)node.Start.Line, key, value, message));

    public YamlNode? Child(YamlMappingNode map, string key, bool required = true)
    {
        if (map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return node;
        }
        if (required)
        {
            Error(map, key, null, $"missing key '{key}'");
        }
        return null;
    }

    public string? String(YamlMappingNode map, string key, bool required = true)
    {
        var node = Child(map, key, required);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode { Value: { } value } && value.Length > 0)
        {
            return value;
        }
        Error(node, key, null, $"'{key}' must be a non-empty text");
        return null;
    }

    public int? Int(YamlMappingNode map, string key, bool required = true) =>
        Scalar(map, key, required, (string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value), "a whole number");

    public long? Long(YamlMappingNode map, string key) =>
        Scalar(map, key, required: true, (string text, out long value) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value), "a whole number");

    public bool? Bool(YamlMappingNode map, string key, bool required = true) =>
        Scalar(map, key, required, (string text, out bool value) => bool.TryParse(text, out value), "true or false");

    public DateOnly? Date(YamlMappingNode map, string key) =>
        Scalar(
            map,
            key,
            required: true,
            (string text, out DateOnly value) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value),
            "a date written yyyy-mm-dd");

    private delegate bool TryParseText<T>(string text, out T value);

    /// <summary>The scalar under <paramref name="key"/> parsed by <paramref name="parse"/>; null (with an error that
    /// says the key must be <paramref name="expected"/>) when it does not parse, null when absent.</summary>
    private T? Scalar<T>(YamlMappingNode map, string key, bool required, TryParseText<T> parse, string expected)
        where T : struct
    {
        var text = String(map, key, required);
        if (text is null)
        {
            return null;
        }
        if (parse(text, out var value))
        {
            return value;
        }
        Error(Child(map, key)!, key, text, $"'{key}' must be {expected}");
        return null;
    }

    public YamlMappingNode? Map(YamlMappingNode map, string key, bool required = true)
    {
        var node = Child(map, key, required);
        if (node is null)
        {
            return null;
        }
        if (node is YamlMappingNode child)
        {
            return child;
        }
        Error(node, key, null, $"'{key}' must be a mapping");
        return null;
    }

    public IReadOnlyList<YamlMappingNode> Items(YamlMappingNode map, string key, bool required = true)
    {
        var node = Child(map, key, required);
        if (node is null)
        {
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, key, null, $"'{key}' must be a list");
            return [];
        }
        var items = new List<YamlMappingNode>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode itemMap)
            {
                items.Add(itemMap);
            }
            else
            {
                Error(item, key, null, $"each item of '{key}' must be a mapping");
            }
        }
        return items;
    }

    public IReadOnlyList<string> Strings(YamlMappingNode map, string key)
    {
        var node = Child(map, key);
        if (node is null)
        {
            return [];
        }
        if (node is YamlSequenceNode sequence && sequence.All(n => n is YamlScalarNode { Value.Length: > 0 }))
        {
            return [.. sequence.Cast<YamlScalarNode>().Select(n => n.Value!)];
        }
        Error(node, key, null, $"'{key}' must be a list of texts");
        return [];
    }

    /// <summary>A text in en, fr and nl: <c>{en: ..., fr: ..., nl: ...}</c>; every language is required.</summary>
    public LocalizedText? Text(YamlMappingNode map, string key)
    {
        var node = Map(map, key);
        if (node is null)
        {
            return null;
        }
        var en = String(node, "en");
        var fr = String(node, "fr");
        var nl = String(node, "nl");
        return en is null || fr is null || nl is null ? null : new LocalizedText(en, fr, nl);
    }
}
