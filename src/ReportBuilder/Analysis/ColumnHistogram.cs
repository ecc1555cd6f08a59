namespace ReportBuilder.Analysis;

/// <summary>
/// Answers of one data column counted per value (a 0-10 scale, a 0/1 cell, a choice code or a rank), unweighted
/// and weighted. The data are read once into the finest groups (region × province × rural/urban); each scope's
/// counts are then the sum of its groups' counts, so every scope and measure comes from a single pass.
/// </summary>
internal sealed class ColumnHistogram
{
    private readonly int[] _groupRaw;
    private readonly double[] _groupWeighted;
    private readonly double[] _groupWeightSquares;
    private int[] _raw = [];
    private double[] _weighted = [];
    private double[] _weightSquares = [];

    public ColumnHistogram(string column, int dataIndex, int minimum, int maximum, int groupCount)
    {
        Column = column;
        DataIndex = dataIndex;
        Minimum = minimum;
        Width = maximum - minimum + 1;
        _groupRaw = new int[groupCount * Width];
        _groupWeighted = new double[groupCount * Width];
        _groupWeightSquares = new double[groupCount];
    }

    public string Column { get; }

    public int DataIndex { get; }

    public int Minimum { get; }

    public int Width { get; }

    /// <summary>Adds one answer of a respondent of <paramref name="group"/>; false when the value is not a whole
    /// number within the column's range.</summary>
    public bool Add(double value, int group, double weight)
    {
        var whole = (int)value;
        var slot = whole - Minimum;
        if (whole != value || slot < 0 || slot >= Width)
        {
            return false;
        }
        var at = (group * Width) + slot;
        _groupRaw[at]++;
        _groupWeighted[at] += weight;
        _groupWeightSquares[group] += weight * weight;
        return true;
    }

    /// <summary>Sums the groups into scopes: <paramref name="scopesOfGroup"/>[g] lists the scopes group g belongs to.</summary>
    public void Aggregate(int[][] scopesOfGroup, int scopeCount)
    {
        _raw = new int[scopeCount * Width];
        _weighted = new double[scopeCount * Width];
        _weightSquares = new double[scopeCount];
        for (var g = 0; g < scopesOfGroup.Length; g++)
        {
            foreach (var s in scopesOfGroup[g])
            {
                for (var k = 0; k < Width; k++)
                {
                    _raw[(s * Width) + k] += _groupRaw[(g * Width) + k];
                    _weighted[(s * Width) + k] += _groupWeighted[(g * Width) + k];
                }
                _weightSquares[s] += _groupWeightSquares[g];
            }
        }
    }

    /// <summary>The counts of one scope (after <see cref="Aggregate"/>).</summary>
    public ScopeCounts For(int scope) => new(
        Minimum,
        new ReadOnlyMemory<int>(_raw, scope * Width, Width),
        new ReadOnlyMemory<double>(_weighted, scope * Width, Width),
        _weightSquares[scope]);
}
