using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Boxes of a fixed width-to-height ratio.</summary>
public static class AspectRatioExtensions
{
    /// <summary>A box <paramref name="ratio"/> times as wide as it is high, as wide as offered
    /// (or, with <paramref name="fitArea"/>, as large as fits in the width and height offered).</summary>
    public static IContainer AspectRatio(this IContainer container, float ratio, bool fitArea = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratio);
        return container.Element(new AspectRatio { Ratio = ratio, Mode = fitArea ? AspectRatioMode.FitArea : AspectRatioMode.FitWidth });
    }

    /// <summary>A box <paramref name="ratio"/> times as wide as it is high, as high as offered.</summary>
    public static IContainer AspectRatioFitHeight(this IContainer container, float ratio)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratio);
        return container.Element(new AspectRatio { Ratio = ratio, Mode = AspectRatioMode.FitHeight });
    }
}
