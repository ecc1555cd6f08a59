using System.Globalization;

namespace ReportBuilder.Layout.Core;

/// <summary>
/// The answer of <see cref="Element.Measure"/>: Empty | Wrap(reason) | Partial(w, h) | Full(w, h).
/// A Wrap carries the element that could not be placed and why, so that the page loop can raise a
/// <see cref="LayoutException"/> naming its path.
/// </summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height, string? Reason, Element? Source)
{
    /// <summary>Nothing (left) to draw.</summary>
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0, 0, null, null);

    /// <summary>Everything left fits in <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static SpacePlan Full(float width, float height) => new(SpacePlanKind.Full, width, height, null, null);

    /// <summary>Part of the element fits in <paramref name="width"/> × <paramref name="height"/>; the rest follows.</summary>
    public static SpacePlan Partial(float width, float height) => new(SpacePlanKind.Partial, width, height, null, null);

    /// <summary>Nothing fits; <paramref name="source"/> says why in <paramref name="reason"/>.</summary>
    public static SpacePlan Wrap(Element source, string reason) => new(SpacePlanKind.Wrap, 0, 0, reason, source);

    /// <summary>The standard reason for content that needs more height than offered.</summary>
    public static string NeedsHeight(float needed, float offered) => string.Create(CultureInfo.InvariantCulture,
        $"needs {needed:0.#} pt of height, the page offers {offered:0.#} pt");

    /// <summary>The standard reason for content that needs more width than offered.</summary>
    public static string NeedsWidth(float needed, float offered) => string.Create(CultureInfo.InvariantCulture,
        $"needs {needed:0.#} pt of width, the page offers {offered:0.#} pt");

    /// <summary>True for Empty.</summary>
    public bool IsEmpty => Kind == SpacePlanKind.Empty;

    /// <summary>True for Wrap.</summary>
    public bool IsWrap => Kind == SpacePlanKind.Wrap;

    /// <summary>True for Partial.</summary>
    public bool IsPartial => Kind == SpacePlanKind.Partial;

    /// <summary>True for Full.</summary>
    public bool IsFull => Kind == SpacePlanKind.Full;

    /// <summary>The size the plan occupies (zero for Empty and Wrap).</summary>
    public Size Size => new(Width, Height);

    /// <summary>The same kind with another size (Empty and Wrap are returned unchanged).</summary>
    public SpacePlan WithSize(float width, float height) => Kind switch
    {
        SpacePlanKind.Full => Full(width, height),
        SpacePlanKind.Partial => Partial(width, height),
        _ => this,
    };

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        SpacePlanKind.Wrap => $"Wrap({Reason})",
        SpacePlanKind.Empty => "Empty",
        _ => string.Create(CultureInfo.InvariantCulture, $"{Kind}({Width:0.##} x {Height:0.##})"),
    };
}
