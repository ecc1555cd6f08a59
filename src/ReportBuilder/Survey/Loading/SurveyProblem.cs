using System.Globalization;
using System.Text;

namespace ReportBuilder.Survey.Loading;

/// <summary>
/// A problem found in a codebook, frame, response or corrections file, with where it is and what is wrong:
/// <c>responses-2018.csv line 5, column progress, value "11": out of range, expected a whole number from 0 to 10</c>.
/// </summary>
/// <param name="File">The file's name as given to the loader.</param>
/// <param name="Line">The 1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">The column (CSV header name or YAML key), or null.</param>
/// <param name="Value">The offending value as written, or null.</param>
/// <param name="Message">What is wrong, in a sentence without a final period.</param>
/// <param name="Severity">Error (nothing loads) or warning.</param>
/// <param name="Character">The 1-based character column where the problem starts on its line, or 0 when unknown.</param>
public sealed record SurveyProblem(string File, int Line, string? Column, string? Value, string Message, ProblemSeverity Severity = ProblemSeverity.Error,
    int Character = 0)
{
    /// <summary>The problem the way a compiler writes one, so that an editor can jump to it:
    /// <c>data/responses-2018.csv:5:31: error: progress = "11": out of range, …</c>; the file's path is written
    /// relative to <paramref name="folder"/> (the current directory by default) when it lies under it. A problem
    /// without a file reads <c>error: …</c>.</summary>
    public string Located(string? folder = null)
    {
        var text = new StringBuilder();
        if (File.Length > 0)
        {
            text.Append(Where(File, folder ?? Environment.CurrentDirectory));
            if (Line > 0)
            {
                text.Append(':').Append(Line.ToString(CultureInfo.InvariantCulture));
                if (Character > 0)
                {
                    text.Append(':').Append(Character.ToString(CultureInfo.InvariantCulture));
                }
            }
            text.Append(": ");
        }
        text.Append(Severity switch
        {
            ProblemSeverity.Warning => "warning: ",
            ProblemSeverity.Note => "note: ",
            _ => "error: ",
        });
        if (Column is not null)
        {
            text.Append(Column);
            if (Value is not null)
            {
                text.Append(" = \"").Append(Shown(Value)).Append('"');
                if (Value.Length > ShownValueLength)
                {
                    text.Append(" (").Append(Value.Length.ToString("N0", CultureInfo.InvariantCulture)).Append(" characters)");
                }
            }
            text.Append(": ");
        }
        else if (Value is not null)
        {
            text.Append('"').Append(Shown(Value)).Append("\": ");
        }
        return text.Append(Message).ToString();
    }

    private static string Where(string file, string folder)
    {
        if (!Path.IsPathRooted(file))
        {
            return file;
        }
        var relative = Path.GetRelativePath(folder, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative;
    }

    /// <summary>The problem in one line, as shown to the researcher.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Severity is ProblemSeverity.Warning or ProblemSeverity.Note)
        {
            text.Append(Severity == ProblemSeverity.Warning ? "warning: " : "note: ");
        }
        text.Append(Path.GetFileName(File));
        if (Line > 0)
        {
            text.Append(" line ").Append(Line.ToString(CultureInfo.InvariantCulture));
        }
        if (Column is not null)
        {
            text.Append(", column ").Append(Column);
        }
        if (Value is not null)
        {
            text.Append(", value \"").Append(Shown(Value)).Append('"');
            if (Value.Length > ShownValueLength)
            {
                text.Append(" (").Append(Value.Length.ToString("N0", CultureInfo.InvariantCulture)).Append(" characters)");
            }
        }
        text.Append(": ").Append(Message);
        return text.ToString();
    }

    /// <summary>The most characters of a value a message shows; a longer value is cut and its length given.</summary>
    public const int ShownValueLength = 40;

    /// <summary>A value as a message shows it: control characters escaped (\u0000), cut after
    /// <see cref="ShownValueLength"/> characters with an ellipsis, so a 10 MB cell never floods a terminal.</summary>
    public static string Shown(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var cut = value.Length > ShownValueLength ? value[..ShownValueLength] : value;
        var text = new StringBuilder(cut.Length + 8);
        foreach (var c in cut)
        {
            if (char.IsControl(c) && c != '\t')
            {
                text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }
        return value.Length > ShownValueLength ? text.Append('…').ToString() : text.ToString();
    }
}
