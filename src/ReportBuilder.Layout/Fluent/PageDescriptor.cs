namespace ReportBuilder.Layout.Fluent;

/// <summary>Sets up a page set: size, margins, default text style, and the containers of its layers.</summary>
public sealed class PageDescriptor
{
    internal PageDescriptor(PageSet set)
    {
        Set = set;
    }

    internal PageSet Set { get; }

    /// <summary>The page size in points (A4 portrait by default; see <see cref="PageSizes"/>).</summary>
    public PageDescriptor Size(Size size)
    {
        if (size.Width <= 0 || size.Height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "A page needs a positive width and height.");
        }
        Set.PageSize = size;
        return this;
    }

    /// <summary>The page size in points.</summary>
    public PageDescriptor Size(float width, float height) => Size(new Size(width, height));

    /// <summary>A poster: one page, as wide as its size and at least as tall, that grows up to
    /// <paramref name="maxHeight"/> points when its content needs more room (content still too tall then is a layout
    /// error naming the element).</summary>
    public PageDescriptor GrowToFit(float maxHeight)
    {
        if (maxHeight < Set.PageSize.Height || maxHeight > PageSizes.MaxSide)
        {
            throw new ArgumentOutOfRangeException(nameof(maxHeight), maxHeight,
                $"A page grows from its height up to at most {PageSizes.MaxSide} pt (a PDF's largest page).");
        }
        Set.GrowsTo = maxHeight;
        return this;
    }

    /// <summary>The same margin, in points, on all four sides.</summary>
    public PageDescriptor Margin(float all) => Margin(all, all, all, all);

    /// <summary>Margins on the left and right.</summary>
    public PageDescriptor MarginHorizontal(float value) => Margin(value, Set.MarginTop, value, Set.MarginBottom);

    /// <summary>Margins above and below.</summary>
    public PageDescriptor MarginVertical(float value) => Margin(Set.MarginLeft, value, Set.MarginRight, value);

    /// <summary>Margins on each side, in points.</summary>
    public PageDescriptor Margin(float left, float top, float right, float bottom)
    {
        Set.MarginLeft = left;
        Set.MarginTop = top;
        Set.MarginRight = right;
        Set.MarginBottom = bottom;
        return this;
    }

    /// <summary>The text style of these pages (unset properties fall back to <see cref="TextStyle.Default"/>).</summary>
    public PageDescriptor DefaultTextStyle(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        Set.DefaultTextStyle = style;
        return this;
    }

    /// <summary>The text style of these pages, as a change of the current one.</summary>
    public PageDescriptor DefaultTextStyle(Func<TextStyle, TextStyle> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Set.DefaultTextStyle = change(Set.DefaultTextStyle);
        return this;
    }

    /// <summary>Drawn first on every page, over the whole page (margins included).</summary>
    public IContainer Background() => Set.Root.Background;

    /// <summary>Drawn at the top of the content area of every page; must fit on one page.</summary>
    public IContainer Header() => Set.Root.Header;

    /// <summary>The content, laid out over as many pages as it needs.</summary>
    public IContainer Content() => Set.Root.Content;

    /// <summary>Drawn at the bottom of the content area of every page; must fit on one page.</summary>
    public IContainer Footer() => Set.Root.Footer;

    /// <summary>Drawn last on every page, over the whole page (watermarks, crop marks).</summary>
    public IContainer Foreground() => Set.Root.Foreground;
}
