namespace ReportBuilder.Survey.Model;

/// <summary>The position of each answer column, shared by every respondent of a wave.</summary>
internal sealed class ColumnIndex
{
    private readonly Dictionary<string, int> _positions;

    public ColumnIndex(IReadOnlyList<string> columns)
    {
        Columns = [.. columns];
        _positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Count; i++)
        {
            if (!_positions.TryAdd(Columns[i], i))
            {
                throw new ArgumentException($"The column '{Columns[i]}' appears twice.", nameof(columns));
            }
        }
    }

    public IReadOnlyList<string> Columns { get; }

    public int IndexOf(string column) =>
        _positions.TryGetValue(column, out var index) ? index : throw new KeyNotFoundException($"No answer column '{column}'.");

    public bool TryIndexOf(string column, out int index) => _positions.TryGetValue(column, out index);
}
