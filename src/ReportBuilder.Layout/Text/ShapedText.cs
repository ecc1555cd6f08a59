namespace ReportBuilder.Layout.Text;

/// <summary>A piece of text shaped by HarfBuzz in font units: glyph ids, advances, offsets and, per glyph,
/// the UTF-16 index of its cluster in the piece.</summary>
internal sealed record ShapedText(ushort[] Glyphs, int[] Advances, int[] OffsetsX, int[] OffsetsY, int[] Clusters, int UnitsPerEm);
