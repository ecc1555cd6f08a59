using System.Globalization;
using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// Writes the outline objects (ISO 32000-1 §12.3.3): the /Outlines root and one dictionary per
/// entry, linked by /Parent /Prev /Next /First /Last, with /Count and an explicit /XYZ destination.
/// All entries are open, so every /Count is the number of descendants.
/// </summary>
internal static class PdfOutlineWriter
{
    /// <summary>
    /// Returns the object bodies numbered from <paramref name="firstObjectNumber"/> (the root
    /// first, then the entries in depth-first order); empty when there is no outline.
    /// </summary>
    public static IReadOnlyList<(int Number, string Body)> Build(IReadOnlyList<PdfOutlineItem> outline, IReadOnlyList<PdfPageInfo> pages, int firstObjectNumber)
    {
        if (outline.Count == 0)
        {
            return [];
        }

        var numbers = new Dictionary<PdfOutlineItem, int>(ReferenceEqualityComparer.Instance);
        var order = new List<(PdfOutlineItem Item, int Parent, IReadOnlyList<PdfOutlineItem> Siblings, int Index)>();
        var next = firstObjectNumber + 1;
        Number(outline, firstObjectNumber, 0);

        var objects = new List<(int, string)>
        {
            (firstObjectNumber, Invariant($"<</Type /Outlines\n/First {numbers[outline[0]]} 0 R\n/Last {numbers[outline[^1]]} 0 R\n/Count {order.Count}>>")),
        };
        foreach (var (item, parent, siblings, index) in order)
        {
            var page = pages[item.PageNumber - 1];
            var top = page.Top - item.Top;
            var body = new StringBuilder("<</Title ").Append(PdfTextString.Encode(item.Title))
                .Append(Invariant($"\n/Parent {parent} 0 R"));
            if (index > 0)
            {
                body.Append(Invariant($"\n/Prev {numbers[siblings[index - 1]]} 0 R"));
            }

            if (index < siblings.Count - 1)
            {
                body.Append(Invariant($"\n/Next {numbers[siblings[index + 1]]} 0 R"));
            }

            var children = item.Children ?? [];
            if (children.Count > 0)
            {
                body.Append(Invariant($"\n/First {numbers[children[0]]} 0 R\n/Last {numbers[children[^1]]} 0 R\n/Count {CountDescendants(children)}"));
            }

            body.Append(Invariant($"\n/Dest [{page.Reference} /XYZ {Format(page.Left)} {Format(top)} null]>>"));
            objects.Add((numbers[item], body.ToString()));
        }

        return objects;

        void Number(IReadOnlyList<PdfOutlineItem> siblings, int parent, int depth)
        {
            if (depth > 32)
            {
                throw new ArgumentException("The outline is nested deeper than 32 levels.", nameof(outline));
            }

            for (var i = 0; i < siblings.Count; i++)
            {
                var item = siblings[i] ?? throw new ArgumentException("The outline contains a null entry.", nameof(outline));
                Validate(item, pages.Count);
                if (!numbers.TryAdd(item, next))
                {
                    throw new ArgumentException($"The outline entry '{item.Title}' appears twice; each entry must be a distinct object.", nameof(outline));
                }

                next++;
                order.Add((item, parent, siblings, i));
                Number(item.Children ?? [], numbers[item], depth + 1);
            }
        }
    }

    private static void Validate(PdfOutlineItem item, int pageCount)
    {
        if (item.Title is null)
        {
            throw new ArgumentException("An outline entry has no title.", nameof(item));
        }

        if (item.PageNumber < 1 || item.PageNumber > pageCount)
        {
            throw new ArgumentException($"The outline entry '{item.Title}' targets page {item.PageNumber}, but the document has {pageCount} page(s).", nameof(item));
        }

        if (!float.IsFinite(item.Top))
        {
            throw new ArgumentException($"The outline entry '{item.Title}' has a non-finite top position ({item.Top}).", nameof(item));
        }
    }

    private static int CountDescendants(IReadOnlyList<PdfOutlineItem> items) =>
        items.Sum(i => 1 + CountDescendants(i.Children ?? []));

    private static string Format(double value)
    {
        var text = Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
