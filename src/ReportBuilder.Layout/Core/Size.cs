namespace ReportBuilder.Layout;

/// <summary>A width and a height in points (1/72 inch).</summary>
/// <param name="Width">The width in points.</param>
/// <param name="Height">The height in points.</param>
public readonly record struct Size(float Width, float Height)
{
    /// <summary>No space at all.</summary>
    public static Size Zero => new(0, 0);

    /// <summary>A length larger than any page, used to measure content without a limit.</summary>
    public const float Unbounded = 1_000_000f;
}
