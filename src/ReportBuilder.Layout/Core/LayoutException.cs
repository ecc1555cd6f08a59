namespace ReportBuilder.Layout;

/// <summary>
/// Content could not be laid out. The message names the element path (e.g.
/// "Page 4 > Column[3] > Text") and the reason ("needs 900 pt of height, the page offers 760 pt").
/// </summary>
public sealed class LayoutException : Exception
{
    /// <summary>Creates the exception for the element at <paramref name="elementPath"/>.</summary>
    public LayoutException(string elementPath, string reason)
        : base($"{elementPath}: {reason}.")
    {
        ElementPath = elementPath;
        Reason = reason;
    }

    /// <summary>Where the element sits, from the page down (e.g. "Page 4 > Column[3] > Text").</summary>
    public string ElementPath { get; }

    /// <summary>Why it could not be placed.</summary>
    public string Reason { get; }
}
