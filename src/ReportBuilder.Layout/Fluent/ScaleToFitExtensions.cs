using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Shrinking content to the space there is.</summary>
public static class ScaleToFitExtensions
{
    /// <summary>Shrinks the content (never enlarges it) just enough for it to fit whole in the space offered.</summary>
    public static IContainer ScaleToFit(this IContainer container) => container.Element(new ScaleToFit());
}
