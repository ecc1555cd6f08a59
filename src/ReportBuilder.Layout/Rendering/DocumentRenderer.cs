using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Layout.Text;
using SkiaSharp;

namespace ReportBuilder.Layout.Rendering;

/// <summary>
/// The two passes of a build. The element tree is composed afresh for each pass (the compose action is
/// called twice), so no pagination state leaks from one pass into the next. Pass one lays out on no-draw
/// canvases and collects the page count, section pages, outline entries and glyphs; pass two draws into
/// the target knowing them.
/// </summary>
internal sealed class DocumentRenderer(FontLibrary fonts, Action<DocumentDescriptor> compose, DocumentOptions options)
{
    /// <summary>Runs the first pass only.</summary>
    public DocumentFacts Collect(TextShaper shaper)
    {
        var context = new RenderContext(RenderPass.Collect, fonts, shaper, known: null);
        var document = Compose();
        using var target = new NoDrawTarget();
        foreach (var set in document.PageSets)
        {
            PageLoop.Run(set, context, target, options.MaxPages);
        }
        return context.Collected;
    }

    /// <summary>Runs the final pass into <paramref name="target"/> with what the first pass learned.</summary>
    public RenderContext Draw(TextShaper shaper, DocumentFacts known, IPageTarget target,
        SubsetFaces? subsets = null, bool record = false)
    {
        var context = new RenderContext(RenderPass.Final, fonts, shaper, known, subsets)
        {
            RecordLayout = record,
            DebugBounds = options.DebugBounds,
        };
        var document = Compose();
        foreach (var set in document.PageSets)
        {
            PageLoop.Run(set, context, target, options.MaxPages);
        }
        return context;
    }

    /// <summary>
    /// Runs the final pass until the numbers it prints agree with what it learns: printed page numbers can
    /// change line breaks and so move content (e.g. "9" in the first pass, "10" in the second); when the page
    /// count or a section's page differs from what was known, the final pass runs again with the new facts
    /// (at most three times). Returns the final context and the target drawn into.
    /// </summary>
    public (RenderContext Context, T Target) DrawSettled<T>(TextShaper shaper, DocumentFacts known, Func<T> newTarget,
        SubsetFaces? subsets = null, bool record = false)
        where T : IPageTarget, IDisposable
    {
        const int MaxAttempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var target = newTarget();
            var context = Draw(shaper, known, target, subsets, record);
            if (attempt == MaxAttempts || Agree(known, context.Collected))
            {
                return (context, target);
            }
            target.Dispose();
            known = context.Collected;
        }
    }

    private static bool Agree(DocumentFacts known, DocumentFacts drawn) =>
        known.PageCount == drawn.PageCount
        && known.Sections.Count == drawn.Sections.Count
        && known.Sections.All(s => drawn.Sections.TryGetValue(s.Key, out var d) && d.PageNumber == s.Value.PageNumber);

    /// <summary>The metadata the compose action set in the last pass.</summary>
    public DocumentMetadata Metadata { get; private set; } = new();

    private DocumentDescriptor Compose()
    {
        var descriptor = new DocumentDescriptor();
        compose(descriptor);
        if (descriptor.PageSets.Count == 0)
        {
            throw new InvalidOperationException("The document has no page set: call document.Page(page => ...) at least once.");
        }
        Metadata = descriptor.DocumentMetadata;
        return descriptor;
    }
}
