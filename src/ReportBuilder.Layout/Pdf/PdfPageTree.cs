namespace ReportBuilder.Layout.Pdf;

/// <summary>One page of an existing PDF: its object reference and its (possibly inherited) MediaBox.</summary>
internal sealed record PdfPageInfo(PdfReference Reference, double Left, double Bottom, double Right, double Top);

/// <summary>
/// Flattens a document's page tree (ISO 32000-1 §7.7.3) into pages in order, following nested
/// /Pages nodes and inheriting /MediaBox.
/// </summary>
internal static class PdfPageTree
{
    private const int MaxDepth = 64;

    public static IReadOnlyList<PdfPageInfo> Read(PdfCrossReference xref, PdfDictionary catalog)
    {
        if (catalog.Get("Pages") is not PdfReference root)
        {
            throw PdfSyntaxReader.Malformed("the catalog has no /Pages reference");
        }

        var pages = new List<PdfPageInfo>();
        Visit(xref, root, null, pages, [], 0);
        return pages;
    }

    private static void Visit(PdfCrossReference xref, PdfReference nodeRef, double[]? inheritedBox, List<PdfPageInfo> pages, HashSet<int> visited, int depth)
    {
        if (depth > MaxDepth || !visited.Add(nodeRef.Number))
        {
            throw PdfSyntaxReader.Malformed($"the page tree loops or is deeper than {MaxDepth} levels at object {nodeRef}");
        }

        if (xref.Resolve(nodeRef) is not PdfDictionary node)
        {
            throw PdfSyntaxReader.Malformed($"page tree node {nodeRef} is not a dictionary");
        }

        var box = ReadBox(xref, node, nodeRef) ?? inheritedBox;
        var type = (node.Get("Type") as PdfName)?.Name;
        var kidsValue = node.Get("Kids");
        if (type == "Page" || (type is null && kidsValue is null))
        {
            if (box is null)
            {
                throw PdfSyntaxReader.Malformed($"page {nodeRef} has no /MediaBox, neither its own nor inherited");
            }

            pages.Add(new PdfPageInfo(nodeRef, Math.Min(box[0], box[2]), Math.Min(box[1], box[3]), Math.Max(box[0], box[2]), Math.Max(box[1], box[3])));
            return;
        }

        if (kidsValue is null || xref.Deref(kidsValue) is not PdfArray kids)
        {
            throw PdfSyntaxReader.Malformed($"page tree node {nodeRef} has no /Kids array");
        }

        foreach (var kid in kids.Items)
        {
            if (kid is not PdfReference kidRef)
            {
                throw PdfSyntaxReader.Malformed($"page tree node {nodeRef} has a kid that is not an indirect reference");
            }

            Visit(xref, kidRef, box, pages, visited, depth + 1);
        }
    }

    private static double[]? ReadBox(PdfCrossReference xref, PdfDictionary node, PdfReference nodeRef)
    {
        var value = node.Get("MediaBox");
        if (value is null)
        {
            return null;
        }

        if (xref.Deref(value) is not PdfArray { Items.Count: 4 } array)
        {
            throw PdfSyntaxReader.Malformed($"the /MediaBox of {nodeRef} is not an array of four numbers");
        }

        var box = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (xref.Deref(array.Items[i]) is not PdfNumber number)
            {
                throw PdfSyntaxReader.Malformed($"the /MediaBox of {nodeRef} is not an array of four numbers");
            }

            box[i] = number.Value;
        }

        return box;
    }
}
