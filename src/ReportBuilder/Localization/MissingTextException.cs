using System.Globalization;

namespace ReportBuilder.Localization;

/// <summary>A label asked for in a language its file does not give: "codebook.yaml:12:5: error: no 'de' text (it has
/// en, fr, nl); add one for every language the edition publishes".</summary>
public sealed class MissingTextException : Exception
{
    /// <summary>Creates the exception for <paramref name="text"/> and the language coded <paramref name="code"/>.</summary>
    public MissingTextException(LocalizedText text, string code)
        : base((text?.Origin.Length > 0 ? text.Origin + ": " : "") + "error: " + ProblemOf(text, code))
    {
        Origin = text?.Origin ?? "";
        Code = code;
        Problem = ProblemOf(text, code);
        // "path:line:column", the path itself possibly holding colons.
        var parts = Origin.Split(':');
        if (parts.Length >= 3
            && int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var column))
        {
            File = string.Join(':', parts[..^2]);
            Line = line;
            Column = column;
        }
        else
        {
            File = Origin;
        }
    }

    /// <summary>Creates the exception.</summary>
    public MissingTextException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public MissingTextException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MissingTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Where the text was read ("file:line:column"), or empty.</summary>
    public string Origin { get; } = "";

    /// <summary>The file the text was read from, or empty.</summary>
    public string File { get; } = "";

    /// <summary>The 1-based line of the text in its file, or 0.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the text on its line, or 0.</summary>
    public int Column { get; }

    /// <summary>The missing language's code.</summary>
    public string Code { get; } = "";

    /// <summary>What is wrong, without where.</summary>
    public string Problem { get; } = "";

    private static string ProblemOf(LocalizedText? text, string code) =>
        $"no '{code}' text (it has {string.Join(", ", text?.Codes ?? [])}); add one for every language the edition publishes";
}
