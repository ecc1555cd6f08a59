using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>Items stacked vertically with a fixed spacing between them. State: the first item not yet fully drawn.</summary>
internal sealed class Column : Element
{
    private readonly List<Element> _items = [];
    private int _current;

    public override string Name => "Column";

    public override IReadOnlyList<Element> Children => _items;

    public override bool NamesChildIndex => true;

    /// <summary>The vertical space between two items, in points.</summary>
    public float Spacing { get; set; }

    /// <summary>Adds an item (its slot).</summary>
    public void Add(Element item) => _items.Add(item);

    public override void ResetState() => _current = 0;

    public override SpacePlan Measure(Size available) => Layout(available, draw: false);

    public override void Draw(Size available) => Layout(available, draw: true);

    private SpacePlan Layout(Size available, bool draw)
    {
        var y = 0f;
        var width = 0f;
        var placed = false;
        for (var i = _current; i < _items.Count; i++)
        {
            var item = _items[i];
            var gap = placed ? Spacing : 0;
            var room = available.Height - y - gap;
            if (room < -Tolerance.Epsilon)
            {
                return SpacePlan.Partial(width, y);
            }
            var plan = item.Measure(new Size(available.Width, Math.Max(0, room)));
            if (plan.IsEmpty)
            {
                if (draw && _current == i)
                {
                    _current = i + 1;
                }
                continue;
            }
            if (plan.IsWrap)
            {
                return placed ? SpacePlan.Partial(width, y) : plan;
            }
            y += gap;
            if (draw)
            {
                DrawChild(item, 0, y, new Size(available.Width, plan.Height));
                if (plan.IsFull)
                {
                    _current = i + 1;
                }
            }
            y += plan.Height;
            width = Math.Max(width, plan.Width);
            placed = true;
            if (plan.IsPartial)
            {
                return SpacePlan.Partial(width, y);
            }
        }
        return placed ? SpacePlan.Full(width, y) : SpacePlan.Empty;
    }
}
