using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>Items side by side: constant widths, relative shares of the rest, and auto-sized items, with
/// spacing between them. Every item is given the row's height; the row continues on the next page while
/// any item does.</summary>
internal sealed class Row : Element
{
    private readonly List<(RowItemKind Kind, float Value, Element Item)> _items = [];
    private readonly List<Element> _children = [];

    public override string Name => "Row";

    public override IReadOnlyList<Element> Children => _children;

    public override bool NamesChildIndex => true;

    public float Spacing { get; set; }

    public void Add(RowItemKind kind, float value, Element item)
    {
        _items.Add((kind, value, item));
        _children.Add(item);
    }

    public override SpacePlan Measure(Size available)
    {
        if (!TryWidths(available, out var widths, out var wrap))
        {
            return wrap;
        }
        var height = 0f;
        var anyPartial = false;
        var anyContent = false;
        for (var i = 0; i < _items.Count; i++)
        {
            var plan = _items[i].Item.Measure(new Size(widths[i], available.Height));
            if (plan.IsWrap)
            {
                return plan;
            }
            if (plan.IsEmpty)
            {
                continue;
            }
            anyContent = true;
            anyPartial |= plan.IsPartial;
            height = Math.Max(height, plan.Height);
        }
        if (!anyContent)
        {
            return SpacePlan.Empty;
        }
        var width = widths.Sum() + (Spacing * Math.Max(0, _items.Count - 1));
        return anyPartial ? SpacePlan.Partial(width, height) : SpacePlan.Full(width, height);
    }

    public override void Draw(Size available)
    {
        var plan = Measure(available);
        if (plan.IsWrap || plan.IsEmpty || !TryWidths(available, out var widths, out _))
        {
            return;
        }
        var x = 0f;
        for (var i = 0; i < _items.Count; i++)
        {
            var item = _items[i].Item;
            var itemPlan = item.Measure(new Size(widths[i], available.Height));
            if (!itemPlan.IsEmpty && !itemPlan.IsWrap)
            {
                DrawChild(item, x, 0, new Size(widths[i], plan.Height));
            }
            x += widths[i] + Spacing;
        }
    }

    private bool TryWidths(Size available, out float[] widths, out SpacePlan wrap)
    {
        widths = new float[_items.Count];
        wrap = default;
        var fixedWidth = Spacing * Math.Max(0, _items.Count - 1);
        var weights = 0f;
        for (var i = 0; i < _items.Count; i++)
        {
            var (kind, value, item) = _items[i];
            switch (kind)
            {
                case RowItemKind.Constant:
                    widths[i] = value;
                    fixedWidth += value;
                    break;
                case RowItemKind.Auto:
                    var natural = item.Measure(new Size(Size.Unbounded, available.Height));
                    widths[i] = natural.IsWrap ? 0 : natural.Width;
                    fixedWidth += widths[i];
                    break;
                default:
                    weights += value;
                    break;
            }
        }
        var rest = available.Width - fixedWidth;
        if (rest < -Tolerance.Epsilon)
        {
            wrap = Wrap(SpacePlan.NeedsWidth(fixedWidth, available.Width) + " for its constant and auto items");
            return false;
        }
        for (var i = 0; i < _items.Count; i++)
        {
            if (_items[i].Kind == RowItemKind.Relative)
            {
                widths[i] = weights > 0 ? Math.Max(0, rest) * _items[i].Value / weights : 0;
            }
        }
        return true;
    }
}
