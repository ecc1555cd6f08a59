namespace ReportBuilder.Survey.Loading;

/// <summary>How the bytes of a CSV file are turned into text.</summary>
public enum TextEncoding
{
    /// <summary>UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise Windows-1252 as Excel writes it.</summary>
    Auto,

    /// <summary>UTF-8, with or without BOM; invalid bytes are an error.</summary>
    Utf8,

    /// <summary>Windows-1252 (Western European, Excel's "CSV" on Belgian Windows); undefined bytes are an error.</summary>
    Windows1252,
}
