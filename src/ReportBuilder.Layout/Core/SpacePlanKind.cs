namespace ReportBuilder.Layout.Core;

/// <summary>What an element answers when asked how much of it fits in a space.</summary>
internal enum SpacePlanKind
{
    /// <summary>Nothing (left) to draw: the element takes no space.</summary>
    Empty,

    /// <summary>Nothing fits here; the element needs a fresh page (or more room).</summary>
    Wrap,

    /// <summary>A part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>Everything (that is left) fits.</summary>
    Full,
}
