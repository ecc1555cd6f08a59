namespace ReportBuilder.Layout.Core;

/// <summary>A plain place for content (a column item, the page content...). Unnamed slots are left out of
/// error paths; named ones (Header, Footer) appear.</summary>
internal sealed class Slot(string? name = null) : ContainerElement
{
    /// <inheritdoc />
    public override string Name => name ?? "Container";

    /// <inheritdoc />
    public override bool IsHiddenInPath => name is null;
}
