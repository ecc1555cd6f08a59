using SkiaSharp;

namespace ReportBuilder.Layout.Core;

/// <summary>
/// A node of the element tree. The contract (see CONTRACT.md):
/// <list type="bullet">
/// <item><see cref="Measure"/> says how much of what is left fits in a space; it must not change state.</item>
/// <item><see cref="Draw"/> draws what fits at the canvas origin (the caller translates) and advances the
/// pagination state, so the next page continues where this one stopped.</item>
/// <item><see cref="Children"/> lists every child, so that the engine can attach the context, reset state
/// and name paths in errors.</item>
/// </list>
/// </summary>
internal abstract class Element
{
    private RenderContext? _context;

    /// <summary>The element's name in error paths (e.g. "Column", "Text").</summary>
    public virtual string Name => GetType().Name;

    /// <summary>Every child element, in order. Containers override this.</summary>
    public virtual IReadOnlyList<Element> Children => [];

    /// <summary>True when error paths should show "Name[i]" (1-based) for the child on the way down.</summary>
    public virtual bool NamesChildIndex => false;

    /// <summary>True when the element is left out of error paths (e.g. the plain slots of the fluent API).</summary>
    public virtual bool IsHiddenInPath => false;

    /// <summary>The parent, set when the tree is attached to a render context.</summary>
    public Element? Parent { get; private set; }

    /// <summary>The document pass, page, canvas and fonts; available in Measure and Draw.</summary>
    public RenderContext Context => _context
        ?? throw new InvalidOperationException($"{Name} is not attached to a document (Measure/Draw called outside the engine).");

    /// <summary>The canvas of the current page (a no-draw canvas in the first pass).</summary>
    protected SKCanvas Canvas => Context.Canvas;

    /// <summary>How much of what is left fits in <paramref name="available"/>. No side effects.</summary>
    public abstract SpacePlan Measure(Size available);

    /// <summary>Draws what fits in <paramref name="available"/> at the canvas origin and advances the state.</summary>
    public abstract void Draw(Size available);

    /// <summary>Forgets pagination state (called for repeated content such as headers, and between passes).
    /// Elements with state override it; children are reset by the engine, not here.</summary>
    public virtual void ResetState()
    {
    }

    /// <summary>A Wrap plan naming this element as the one that did not fit.</summary>
    protected SpacePlan Wrap(string reason) => SpacePlan.Wrap(this, reason);

    /// <summary>Draws <paramref name="child"/> with its origin at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    protected void DrawChild(Element child, float x, float y, Size size)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (x == 0 && y == 0)
        {
            child.Draw(size);
            if (Context.DebugBounds)
            {
                Elements.DebugOverlay.Draw(child, size);
            }
            return;
        }
        var canvas = Canvas;
        canvas.Save();
        canvas.Translate(x, y);
        child.Draw(size);
        if (Context.DebugBounds)
        {
            Elements.DebugOverlay.Draw(child, size);
        }
        canvas.Restore();
    }

    /// <summary>Sets the context and parent of this element and of every descendant.</summary>
    internal void Attach(RenderContext context, Element? parent)
    {
        _context = context;
        Parent = parent;
        foreach (var child in Children)
        {
            child.Attach(context, this);
        }
    }

    /// <summary>Resets the state of this element and of every descendant.</summary>
    internal void ResetStateRecursively()
    {
        ResetState();
        foreach (var child in Children)
        {
            child.ResetStateRecursively();
        }
    }
}
