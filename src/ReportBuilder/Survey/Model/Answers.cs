namespace ReportBuilder.Survey.Model;

/// <summary>
/// The answers of one respondent, by data column. A blank cell is missing (null), never zero, and stays
/// missing through the analysis. Immutable: <see cref="With"/> returns a changed copy. Respondents of one
/// wave share the column index, and whole answers from 0 to 254 (every answer of the barometer) are kept in
/// one byte each, so a wave of 100,000 rows stays small.
/// </summary>
public sealed class Answers : IEquatable<Answers>
{
    private const byte MissingByte = byte.MaxValue;

    private readonly ColumnIndex _index;

    // Exactly one of the two is set: bytes (255 = missing) when every value is a whole number 0..254, otherwise doubles (NaN = missing).
    private readonly byte[]? _small;
    private readonly double[]? _wide;

    /// <summary>Answers for <paramref name="columns"/> with <paramref name="values"/> in the same order.</summary>
    /// <exception cref="ArgumentException">The counts differ or a column is repeated.</exception>
    public Answers(IReadOnlyList<string> columns, IReadOnlyList<double?> values)
        : this(new ColumnIndex(columns), [.. values])
    {
    }

    internal Answers(ColumnIndex index, ReadOnlySpan<double?> values)
    {
        if (index.Columns.Count != values.Length)
        {
            throw new ArgumentException($"{values.Length} values for {index.Columns.Count} columns.", nameof(values));
        }
        _index = index;
        var small = new byte[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } value)
            {
                small[i] = MissingByte;
            }
            else if (value is >= 0 and < MissingByte && value == Math.Floor(value))
            {
                small[i] = (byte)value;
            }
            else
            {
                small = null;
                break;
            }
        }
        if (small is not null)
        {
            _small = small;
            return;
        }
        _wide = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            _wide[i] = values[i] ?? double.NaN;
        }
    }

    /// <summary>The columns, in codebook order.</summary>
    public IReadOnlyList<string> Columns => _index.Columns;

    /// <summary>The values, in the order of <see cref="Columns"/> (null where missing): a new copy on every call;
    /// loops over many respondents read <see cref="this[int]"/> instead.</summary>
    public IReadOnlyList<double?> Values
    {
        get
        {
            var values = new double?[Count];
            CopyTo(values);
            return values;
        }
    }

    /// <summary>The number of columns.</summary>
    public int Count => _small?.Length ?? _wide!.Length;

    /// <summary>The answer at <paramref name="position"/> in <see cref="Columns"/>, without copying: null when missing.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is negative or not less than <see cref="Count"/>.</exception>
    public double? this[int position]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)position, (uint)Count, nameof(position));
            return At(position);
        }
    }

    /// <summary>Copies the answers, in the order of <see cref="Columns"/>, into <paramref name="destination"/> (null where missing).</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Count"/>.</exception>
    public void CopyTo(Span<double?> destination)
    {
        if (destination.Length < Count)
        {
            throw new ArgumentException($"{destination.Length} places for {Count} answers.", nameof(destination));
        }
        for (var i = 0; i < Count; i++)
        {
            destination[i] = At(i);
        }
    }

    /// <summary>The answer in <paramref name="column"/>: null when missing.</summary>
    /// <exception cref="KeyNotFoundException">The codebook has no such column.</exception>
    public double? this[string column] => At(_index.IndexOf(column));

    /// <summary>Whether <paramref name="column"/> is one of the columns.</summary>
    public bool Has(string column) => _index.TryIndexOf(column, out _);

    /// <summary>A copy with <paramref name="column"/> set to <paramref name="value"/>.</summary>
    /// <exception cref="KeyNotFoundException">The codebook has no such column.</exception>
    public Answers With(string column, double? value)
    {
        var position = _index.IndexOf(column);
        var values = new double?[Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i == position ? value : At(i);
        }
        return new Answers(_index, values);
    }

    /// <inheritdoc />
    public bool Equals(Answers? other)
    {
        if (other is null || !Columns.SequenceEqual(other.Columns))
        {
            return false;
        }
        for (var i = 0; i < Count; i++)
        {
            if (At(i) != other.At(i))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Answers);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < Count; i++)
        {
            hash.Add(At(i));
        }
        return hash.ToHashCode();
    }

    private double? At(int position)
    {
        if (_small is not null)
        {
            var b = _small[position];
            return b == MissingByte ? null : b;
        }
        var d = _wide![position];
        return double.IsNaN(d) ? null : d;
    }
}
