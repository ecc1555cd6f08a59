using ReportBuilder.Layout.Elements.Tables;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Defines a table's columns, left to right.</summary>
public sealed class TableColumnsDefinitionDescriptor
{
    private readonly Table _table;

    internal TableColumnsDefinitionDescriptor(Table table)
    {
        _table = table;
    }

    /// <summary>A column <paramref name="width"/> points wide.</summary>
    public TableColumnsDefinitionDescriptor ConstantColumn(float width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        _table.Columns.Add(TableColumn.Constant(width));
        return this;
    }

    /// <summary>A column taking <paramref name="share"/> parts of the width the constant columns leave.</summary>
    public TableColumnsDefinitionDescriptor RelativeColumn(float share = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(share);
        _table.Columns.Add(TableColumn.Relative(share));
        return this;
    }
}
