namespace ReportBuilder.Survey.Model;

/// <summary>
/// The answers of one respondent, by data column. A blank cell is missing (null), never zero, and stays
/// missing through the analysis. Immutable: <see cref="With"/> returns a changed copy. Respondents of one
/// wave share the column index, so a row costs one array.
/// </summary>
public sealed class Answers : IEquatable<Answers>
{
    private readonly ColumnIndex _index;
    private readonly double?[] _values;

    /// <summary>Answers for <paramref name="columns"/> with <paramref name="values"/> in the same order.</summary>
    /// <exception cref="ArgumentException">The counts differ or a column is repeated.</exception>
    public Answers(IReadOnlyList<string> columns, IReadOnlyList<double?> values)
        : this(new ColumnIndex(columns), [.. values])
    {
    }

    internal Answers(ColumnIndex index, double?[] values)
    {
        if (index.Columns.Count != values.Length)
        {
            throw new ArgumentException($"{values.Length} values for {index.Columns.Count} columns.", nameof(values));
        }
        _index = index;
        _values = values;
    }

    /// <summary>The columns, in codebook order.</summary>
    public IReadOnlyList<string> Columns => _index.Columns;

    /// <summary>The values, in the order of <see cref="Columns"/> (null where missing).</summary>
    public IReadOnlyList<double?> Values => _values;

    /// <summary>The answer in <paramref name="column"/>: null when missing.</summary>
    /// <exception cref="KeyNotFoundException">The codebook has no such column.</exception>
    public double? this[string column] => _values[_index.IndexOf(column)];

    /// <summary>Whether <paramref name="column"/> is one of the columns.</summary>
    public bool Has(string column) => _index.TryIndexOf(column, out _);

    /// <summary>A copy with <paramref name="column"/> set to <paramref name="value"/>.</summary>
    /// <exception cref="KeyNotFoundException">The codebook has no such column.</exception>
    public Answers With(string column, double? value)
    {
        var copy = (double?[])_values.Clone();
        copy[_index.IndexOf(column)] = value;
        return new Answers(_index, copy);
    }

    /// <inheritdoc />
    public bool Equals(Answers? other) =>
        other is not null && Columns.SequenceEqual(other.Columns) && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Answers);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in _values)
        {
            hash.Add(value);
        }
        return hash.ToHashCode();
    }
}
