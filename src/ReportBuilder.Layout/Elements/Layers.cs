using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>
/// Layers drawn on top of each other in the order they were added. The primary layer decides the size
/// and the pagination; the other layers are drawn in the primary's box on every page it occupies
/// (they start afresh on each page, like a page background).
/// </summary>
internal sealed class Layers : Element
{
    private readonly List<Element> _layers = [];

    public override string Name => "Layers";

    public override IReadOnlyList<Element> Children => _layers;

    public override bool NamesChildIndex => true;

    /// <summary>The layer that decides the size (set by the descriptor).</summary>
    public Element? Primary { get; set; }

    public void Add(Element layer) => _layers.Add(layer);

    public override SpacePlan Measure(Size available)
    {
        if (Primary is null)
        {
            throw new InvalidOperationException("Layers need exactly one primary layer (layers.PrimaryLayer()).");
        }
        return Primary.Measure(available);
    }

    public override void Draw(Size available)
    {
        var plan = Measure(available);
        if (plan.IsWrap || plan.IsEmpty)
        {
            return;
        }
        var box = new Size(available.Width, available.Height);
        foreach (var layer in _layers)
        {
            if (ReferenceEquals(layer, Primary))
            {
                DrawChild(layer, 0, 0, available);
                continue;
            }
            var layerPlan = layer.Measure(box);
            if (!layerPlan.IsWrap && !layerPlan.IsEmpty)
            {
                DrawChild(layer, 0, 0, box);
            }
            layer.ResetStateRecursively();
        }
    }
}
