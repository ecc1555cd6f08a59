namespace ReportBuilder.Layout.Core;

/// <summary>Float comparisons for layout: sizes within a thousandth of a point are equal.</summary>
internal static class Tolerance
{
    public const float Epsilon = 0.001f;

    /// <summary>True when <paramref name="needed"/> fits into <paramref name="offered"/>.</summary>
    public static bool Fits(float needed, float offered) => needed <= offered + Epsilon;
}
