using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout;

/// <summary>The primitives a page is composed of: background, header, content, footer, foreground.
/// It is the root of a page set's tree; the page loop measures and draws its parts.</summary>
internal sealed class PageRoot : Element
{
    public Slot Background { get; } = new("Background");

    public Slot Header { get; } = new("Header");

    public Slot Content { get; } = new();

    public Slot Footer { get; } = new("Footer");

    public Slot Foreground { get; } = new("Foreground");

    public override string Name => "Page";

    public override IReadOnlyList<Element> Children => [Background, Header, Content, Footer, Foreground];

    public override SpacePlan Measure(Size available) =>
        throw new InvalidOperationException("The page root is laid out by the page loop.");

    public override void Draw(Size available) =>
        throw new InvalidOperationException("The page root is laid out by the page loop.");
}
