namespace ReportBuilder.Layout.Elements.Tables;

/// <summary>A table column: a constant width in points, or a share of what the constant columns leave.</summary>
/// <param name="ConstantWidth">Points, or 0 for a relative column.</param>
/// <param name="RelativeWidth">Share of the remaining width, or 0 for a constant column.</param>
internal readonly record struct TableColumn(float ConstantWidth, float RelativeWidth)
{
    public static TableColumn Constant(float points) => new(points, 0);

    public static TableColumn Relative(float share) => new(0, share);
}
