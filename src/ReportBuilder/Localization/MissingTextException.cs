namespace ReportBuilder.Localization;

/// <summary>A label asked for in a language its file does not give: "codebook.yaml:12:5: error: no 'de' text (it has
/// en, fr, nl)".</summary>
public sealed class MissingTextException : Exception
{
    /// <summary>Creates the exception for <paramref name="text"/> and the language coded <paramref name="code"/>.</summary>
    public MissingTextException(LocalizedText text, string code)
        : base($"{(text?.Origin.Length > 0 ? text.Origin + ": " : "")}error: no '{code}' text (it has {string.Join(", ", text?.Codes ?? [])}); add one for every language the edition publishes")
    {
        Origin = text?.Origin ?? "";
        Code = code;
    }

    /// <summary>Where the text was read ("file:line:column"), or empty.</summary>
    public string Origin { get; }

    /// <summary>The missing language's code.</summary>
    public string Code { get; }

    /// <summary>Creates the exception.</summary>
    public MissingTextException()
    {
        Origin = "";
        Code = "";
    }

    /// <summary>Creates the exception.</summary>
    public MissingTextException(string message)
        : base(message)
    {
        Origin = "";
        Code = "";
    }

    /// <summary>Creates the exception.</summary>
    public MissingTextException(string message, Exception innerException)
        : base(message, innerException)
    {
        Origin = "";
        Code = "";
    }
}
