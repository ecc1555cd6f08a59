namespace ReportBuilder.Analysis.Disclosure;

/// <summary>
/// The span of integer row vectors, kept in echelon form by exact fraction-free elimination (each row divided by
/// the gcd of its entries; arithmetic checked, so that an overflow throws rather than gives a wrong answer). Each
/// row remembers which of the vectors added (by tag) it combines, so that a vector in the span can be written as
/// a combination of them. Small by design: one row per scope, one column per cell of the frame. A space without
/// tags (<c>tags</c> = 0) only answers <see cref="Contains"/>, and is cheap to <see cref="Copy"/> and extend, as a
/// search that publishes one scope after another does.
/// </summary>
internal sealed class RowSpace(int width, int tags)
{
    private readonly List<(int Pivot, long[] Row)> _rows = [];

    public int Rank => _rows.Count;

    /// <summary>Adds <paramref name="vector"/>, known by <paramref name="tag"/> (0 to tags − 1), to the spanning rows.</summary>
    /// <returns>Whether the span grew (false when the vector already lay in it).</returns>
    public bool Add(ReadOnlySpan<long> vector, int tag)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tag);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(tag, tags);
        var row = Augment(vector);
        row[width + tag] = 1;
        return Insert(row);
    }

    /// <summary>Adds <paramref name="vector"/> to the spanning rows, untagged.</summary>
    /// <returns>Whether the span grew (false when the vector already lay in it).</returns>
    public bool Add(ReadOnlySpan<long> vector) => Insert(Augment(vector));

    /// <summary>A space with the same rows, which can grow without changing this one (rows are never changed once added).</summary>
    public RowSpace Copy()
    {
        var copy = new RowSpace(width, tags);
        copy._rows.AddRange(_rows);
        return copy;
    }

    private bool Insert(long[] row)
    {
        Reduce(row);
        var pivot = Array.FindIndex(row, 0, width, x => x != 0);
        if (pivot < 0)
        {
            return false;
        }
        _rows.Add((pivot, row));
        return true;
    }

    /// <summary>Whether <paramref name="vector"/> is a linear combination of the vectors added.</summary>
    public bool Contains(ReadOnlySpan<long> vector)
    {
        var row = Augment(vector);
        Reduce(row);
        return Array.FindIndex(row, 0, width, x => x != 0) < 0;
    }

    /// <summary>The tags of the vectors one combination that gives <paramref name="vector"/> uses (with a non-zero
    /// coefficient), in tag order; null when <paramref name="vector"/> is not in the span.</summary>
    public IReadOnlyList<int>? Combination(ReadOnlySpan<long> vector)
    {
        var row = Augment(vector);
        Reduce(row);
        if (Array.FindIndex(row, 0, width, x => x != 0) >= 0)
        {
            return null;
        }
        return [.. Enumerable.Range(0, tags).Where(t => row[width + t] != 0)];
    }

    private long[] Augment(ReadOnlySpan<long> vector)
    {
        if (vector.Length != width)
        {
            throw new ArgumentException($"expected {width} entries, got {vector.Length}", nameof(vector));
        }
        var row = new long[width + tags];
        vector.CopyTo(row);
        return row;
    }

    /// <summary>Eliminates every pivot of the rows from <paramref name="v"/> (its tag part follows along).</summary>
    private void Reduce(long[] v)
    {
        foreach (var (pivot, row) in _rows)
        {
            if (v[pivot] == 0)
            {
                continue;
            }
            // v ← row[pivot]·v − v[pivot]·row: zero at the pivot, still an integer vector.
            var (a, b) = (row[pivot], v[pivot]);
            for (var k = 0; k < v.Length; k++)
            {
                v[k] = checked((a * v[k]) - (b * row[k]));
            }
            Normalize(v);
        }
    }

    private static void Normalize(long[] v)
    {
        long gcd = 0;
        foreach (var x in v)
        {
            gcd = Gcd(gcd, Math.Abs(x));
        }
        if (gcd > 1)
        {
            for (var k = 0; k < v.Length; k++)
            {
                v[k] /= gcd;
            }
        }
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }
        return a;
    }
}
