using System.Globalization;
using ReportBuilder.Localization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
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

    /// <summary>The longest YAML file read, in characters (a codebook of 60 questions is about 40,000).</summary>
    public const int MaxLength = 2_000_000;

    /// <summary>The deepest nesting of mappings and sequences accepted (a codebook needs 5).</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Parses <paramref name="text"/> through one hardened path: a size limit, then a streaming pass that refuses
    /// anchors and aliases (no "billion laughs") and nesting deeper than <see cref="MaxDepth"/> (no stack overflow),
    /// then the document. Every parse error is reported with its line and column.
    /// </summary>
    public static (YamlSource Document, YamlMappingNode? Root) Parse(string text, string file, List<SurveyProblem> problems)
    {
        var document = new YamlSource(file, problems);
        if (text.Length > MaxLength)
        {
            problems.Add(new SurveyProblem(file, 0, null, null, string.Create(CultureInfo.InvariantCulture,
                $"the file has {text.Length:N0} characters; a YAML file here may have at most {MaxLength:N0}")));
            return (document, null);
        }
        try
        {
            if (!Prescan(text, file, problems))
            {
                return (document, null);
            }
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
            problems.Add(new SurveyProblem(file, (int)exception.Start.Line, null, null, string.Create(CultureInfo.InvariantCulture,
                $"invalid YAML at column {exception.Start.Column}: {Sentence(exception)}")));
            return (document, null);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's way of saying the text ended inside an open construct (an unclosed [ or {).
            var lines = text.Split('\n');
            problems.Add(new SurveyProblem(file, lines.Length, null, null, string.Create(CultureInfo.InvariantCulture,
                $"invalid YAML at column {lines[^1].Length + 1}: the file ends inside an unclosed [, {{ or quote")));
            return (document, null);
        }
    }

    /// <summary>The streaming pass: false (after reporting why) on an anchor, an alias or too deep a nesting.</summary>
    private static bool Prescan(string text, string file, List<SurveyProblem> problems)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            string? refused = current switch
            {
                AnchorAlias alias => $"the alias *{alias.Value} is not allowed here: write the value out (anchors and aliases are refused)",
                NodeEvent { Anchor.IsEmpty: false } node => $"the anchor &{node.Anchor} is not allowed here: write the value out (anchors and aliases are refused)",
                _ => null,
            };
            if (current is MappingStart or SequenceStart && ++depth > MaxDepth)
            {
                refused = string.Create(CultureInfo.InvariantCulture, $"the nesting is deeper than {MaxDepth} levels");
            }
            else if (current is MappingEnd or SequenceEnd)
            {
                depth--;
            }
            if (refused is not null)
            {
                problems.Add(new SurveyProblem(file, (int)current.Start.Line, null, null, string.Create(CultureInfo.InvariantCulture,
                    $"at column {current.Start.Column}: {refused}")));
                return false;
            }
        }
        return true;
    }

    /// <summary>The first line of a YAML exception's message, without YamlDotNet's position prefix.</summary>
    private static string Sentence(YamlException exception)
    {
        var message = exception.Message.Split('\n')[0];
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && colon > 0 ? message[(colon + 3)..] : message;
    }

    /// <summary>Reports every key of <paramref name="map"/> that is not one of <paramref name="known"/>, with the
    /// nearest known key as a suggestion ("did you mean 'chapter'?"): a misspelt key is never silently ignored.</summary>
    public void OnlyKeys(YamlMappingNode map, params string[] known)
    {
        ArgumentNullException.ThrowIfNull(map);
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                var nearest = known.MinBy(k => Distance(k, name));
                var hint = nearest is not null && Distance(nearest, name) <= Math.Max(2, name.Length / 3) ? $"; did you mean '{nearest}'?" : "";
                Error(key, name, null, $"unknown key '{name}'{hint} (known here: {string.Join(", ", known)})");
            }
        }
    }

    /// <summary>The Levenshtein distance between two keys.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    public void Error(YamlNode node, string? key, string? value, string message) =>
        _problems.Add(new SurveyProblem(File, (int)node.Start.Line, key, value, message, Character: (int)node.Start.Column));

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

    public DateOnly? Date(YamlMappingNode map, string key, bool required = true) =>
        Scalar(
            map,
            key,
            required,
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

    /// <summary>An identifier that may become part of a file name (an edition, a frame, a code): letters, digits,
    /// "-", "_" and "." (not first), at most 64 characters — never "../" or a path.</summary>
    public string? SafeId(YamlMappingNode map, string key, bool required = true)
    {
        var value = String(map, key, required);
        if (value is not null && !SafeIds.IsSafe(value))
        {
            Error(Child(map, key)!, key, value, "an identifier may hold only letters, digits, '-', '_' and '.' (not first), at most 64 characters: it becomes part of file names");
            return null;
        }
        return value;
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

    /// <summary>A text in any languages, by code: <c>{en: ..., fr: ..., de: ...}</c>; at least one. Which languages a
    /// publication needs is known when it is built: a text missing one is an error there, naming this file, line and
    /// column (<see cref="MissingTextException"/>).</summary>
    public LocalizedText? Text(YamlMappingNode map, string key)
    {
        var node = Map(map, key);
        if (node is null)
        {
            return null;
        }
        var texts = new List<KeyValuePair<string, string>>();
        foreach (var (codeNode, _) in node.Children)
        {
            var code = (codeNode as YamlScalarNode)?.Value ?? "";
            if (!LanguageCodes.IsCode(code))
            {
                Error(codeNode, key, code, LanguageCodes.Rule);
                continue;
            }
            if (String(node, code) is { } text)
            {
                texts.Add(new KeyValuePair<string, string>(code, text));
            }
        }
        if (texts.Count == 0 && node.Children.Count == 0)
        {
            Error(node, key, null, $"'{key}' gives no text: write it in at least one language ({{en: ...}})");
        }
        return texts.Count == node.Children.Count && texts.Count > 0
            ? new LocalizedText(texts, string.Create(CultureInfo.InvariantCulture, $"{File}:{node.Start.Line}:{node.Start.Column}"))
            : null;
    }
}
