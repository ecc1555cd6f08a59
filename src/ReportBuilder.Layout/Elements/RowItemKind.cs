namespace ReportBuilder.Layout.Elements;

/// <summary>How a row item gets its width.</summary>
internal enum RowItemKind
{
    /// <summary>A fixed width in points.</summary>
    Constant,

    /// <summary>A share of the width left after constant and auto items.</summary>
    Relative,

    /// <summary>The width its content needs.</summary>
    Auto,
}
