using ReportBuilder.Layout.Fluent;

namespace ReportBuilder.Layout.Core;

/// <summary>An element with at most one child; the fluent API fills it through <see cref="IContainer"/>.
/// By default it measures and draws as its child (or as Empty when it has none).</summary>
internal abstract class ContainerElement : Element, IContainer
{
    /// <summary>The single child, or null while nothing was put in the container.</summary>
    public Element? Child { get; set; }

    /// <inheritdoc />
    public override IReadOnlyList<Element> Children => Child is null ? [] : [Child];

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Child?.Measure(available) ?? SpacePlan.Empty;

    /// <inheritdoc />
    public override void Draw(Size available) => Child?.Draw(available);
}
