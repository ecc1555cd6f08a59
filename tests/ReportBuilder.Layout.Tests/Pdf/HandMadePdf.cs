using System.Globalization;
using System.Text;

namespace ReportBuilder.Layout.Tests.Pdf;

/// <summary>
/// Writes a PDF from object bodies with a correct classic cross-reference table: a second,
/// independent writer used to build structures Skia never produces (nested page trees).
/// </summary>
internal static class HandMadePdf
{
    /// <summary>Objects are numbered 1..n in order; object 1 must be the catalog.</summary>
    public static byte[] Build(IReadOnlyList<string> objects)
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(text.ToString()));
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(text.ToString());
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {objects.Count + 1} /Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }
}
