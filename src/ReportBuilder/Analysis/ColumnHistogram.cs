namespace ReportBuilder.Analysis;

/// <summary>
/// Answers of one data column counted per scope and per whole-number value (a 0-10 scale, a 0/1 cell, a choice
/// code or a rank), unweighted and weighted. Every figure of the column is computed from these counts, so the
/// data are read once whatever the number of scopes and measures.
/// </summary>
internal sealed class ColumnHistogram
{
    public ColumnHistogram(string column, int dataIndex, int minimum, int maximum, int scopeCount)
    {
        Column = column;
        DataIndex = dataIndex;
        Minimum = minimum;
        Width = maximum - minimum + 1;
        Raw = new int[scopeCount * Width];
        Weighted = new double[scopeCount * Width];
        WeightSquares = new double[scopeCount];
    }

    public string Column { get; }

    public int DataIndex { get; }

    public int Minimum { get; }

    public int Width { get; }

    /// <summary>Unweighted counts: [scope * Width + value − Minimum].</summary>
    public int[] Raw { get; }

    /// <summary>Sums of weights, laid out as <see cref="Raw"/>.</summary>
    public double[] Weighted { get; }

    /// <summary>Σ w² of the answers per scope (Kish's effective sample size).</summary>
    public double[] WeightSquares { get; }

    /// <summary>Adds one answer; false when the value is not a whole number within the column's range.</summary>
    public bool Add(double value, ReadOnlySpan<int> scopes, double weight)
    {
        var whole = (int)value;
        var slot = whole - Minimum;
        if (whole != value || slot < 0 || slot >= Width)
        {
            return false;
        }
        var squared = weight * weight;
        foreach (var scope in scopes)
        {
            var at = (scope * Width) + slot;
            Raw[at]++;
            Weighted[at] += weight;
            WeightSquares[scope] += squared;
        }
        return true;
    }

    /// <summary>The counts of one scope.</summary>
    public ScopeCounts For(int scope) => new(
        Minimum,
        new ReadOnlyMemory<int>(Raw, scope * Width, Width),
        new ReadOnlyMemory<double>(Weighted, scope * Width, Width),
        WeightSquares[scope]);
}
