namespace ReportBuilder.Layout.Text;

/// <summary>
/// The grid glyph positions are drawn on: 1/64 pt (0.005 mm). Skia's PDF backend writes a position (Td)
/// for every glyph whose place differs from the sum of the font's advances, which kerned text always does,
/// and it writes each as the difference from the previous glyph with up to nine significant digits. Exact
/// positions make those differences carry float noise ("2.5200005", "2.5199966" for one advance), so the
/// page content is long and hard to compress; on the grid they are short exact binary fractions ("2.515625")
/// that repeat, and the PDF is smaller and quicker to write. Positions are rounded, not advances, so no
/// error accumulates along a line: each glyph is within 1/128 pt of its exact place.
/// </summary>
internal static class GlyphGrid
{
    /// <summary>Grid steps per point.</summary>
    public const float StepsPerPoint = 64;

    /// <summary><paramref name="x"/> rounded to the nearest grid position.</summary>
    public static float Snap(float x) => MathF.Round(x * StepsPerPoint, MidpointRounding.AwayFromZero) / StepsPerPoint;
}
