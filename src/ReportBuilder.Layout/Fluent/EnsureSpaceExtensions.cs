using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Keeping headings with what follows them.</summary>
public static class EnsureSpaceExtensions
{
    /// <summary>Starts the content on the next page unless it fits whole here or at least
    /// <paramref name="minHeight"/> points are left (keeps headings with what follows them).</summary>
    public static IContainer EnsureSpace(this IContainer container, float minHeight = 150)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minHeight);
        return container.Element(new EnsureSpace { MinHeight = minHeight });
    }
}
