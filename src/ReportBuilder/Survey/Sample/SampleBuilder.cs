using ReportBuilder.Survey.Model;

namespace ReportBuilder.Survey.Sample;

/// <summary>
/// The constructive tools of the sample generators: exact counts of 1s placed in given cells (region, or
/// region × rural/urban) by a seeded shuffle, and sets of whole numbers with an exact sum built by adding one
/// unit at a time to a seeded random member. Same seed, same output.
/// </summary>
internal sealed class SampleBuilder(IReadOnlyList<SampleRow> rows, int seed)
{
    private readonly Random _random = new(seed);

    public IReadOnlyList<SampleRow> Rows { get; } = rows;

    /// <summary>The rows of a wave: for each province plan in order, its respondents (real and synthetic
    /// municipalities, the last <see cref="ProvincePlan.Rural"/> of them rural), numbered in that order.</summary>
    public static List<SampleRow> RowsFor(Frame frame, IReadOnlyList<ProvincePlan> plans)
    {
        var rows = new List<SampleRow>();
        foreach (var plan in plans)
        {
            foreach (var municipality in SampleNames.For(frame.FindProvince(plan.Province)!, plan.Respondents, plan.Rural))
            {
                rows.Add(new SampleRow(municipality, rows.Count));
            }
        }
        return rows;
    }

    public IEnumerable<SampleRow> In(Region region) => Rows.Where(r => r.Municipality.Region == region);

    public IEnumerable<SampleRow> In(Region region, RuralUrban area) => In(region).Where(r => r.Municipality.Area == area);

    /// <summary>A seeded shuffle of <paramref name="pool"/> (in index order first, so the result depends only on the seed).</summary>
    public List<SampleRow> Shuffle(IEnumerable<SampleRow> pool)
    {
        var list = pool.OrderBy(r => r.Index).ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    /// <summary>Sets <paramref name="column"/> to 1 for exactly <paramref name="ones"/> rows of <paramref name="pool"/> (chosen among those <paramref name="eligible"/> for a 1) and 0 for the others.</summary>
    public void Binary(string column, IEnumerable<SampleRow> pool, int ones, Func<SampleRow, bool>? eligible = null)
    {
        var members = pool.ToList();
        var candidates = Shuffle(members.Where(r => eligible?.Invoke(r) ?? true));
        if (candidates.Count < ones)
        {
            throw new InvalidOperationException($"Cannot place {ones} ones in {column} among {candidates.Count} eligible rows.");
        }
        var chosen = candidates.Take(ones).ToHashSet();
        foreach (var row in members)
        {
            row.Values[column] = chosen.Contains(row) ? 1 : 0;
        }
    }

    /// <summary>Sets <paramref name="column"/> to 1 for the given count per region (Flanders, Wallonia, Brussels) among answering rows.</summary>
    public void BinaryByRegion(string column, int flanders, int wallonia, int brussels, Func<SampleRow, bool>? answering = null)
    {
        Binary(column, In(Region.Flanders).Where(r => answering?.Invoke(r) ?? true), flanders);
        Binary(column, In(Region.Wallonia).Where(r => answering?.Invoke(r) ?? true), wallonia);
        Binary(column, In(Region.Brussels).Where(r => answering?.Invoke(r) ?? true), brussels);
    }

    /// <summary>Gives each code its exact count: <paramref name="counts"/> maps a code to how many rows of <paramref name="pool"/> get it.</summary>
    public void Codes(string column, IEnumerable<SampleRow> pool, params (int Code, int Count)[] counts)
    {
        var shuffled = Shuffle(pool);
        if (shuffled.Count != counts.Sum(c => c.Count))
        {
            throw new InvalidOperationException($"{column}: {counts.Sum(c => c.Count)} codes for {shuffled.Count} rows.");
        }
        var position = 0;
        foreach (var (code, count) in counts)
        {
            for (var i = 0; i < count; i++)
            {
                shuffled[position++].Values[column] = code;
            }
        }
    }

    /// <summary><paramref name="count"/> whole numbers from <paramref name="minimum"/> to <paramref name="maximum"/> summing to <paramref name="sum"/>.</summary>
    public List<int> Compose(int count, int sum, int minimum, int maximum)
    {
        if (sum < count * minimum || sum > count * maximum)
        {
            throw new InvalidOperationException($"{count} values in {minimum}..{maximum} cannot sum to {sum}.");
        }
        var values = Enumerable.Repeat(minimum, count).ToList();
        for (var left = sum - (count * minimum); left > 0; left--)
        {
            int index;
            do
            {
                index = _random.Next(count);
            }
            while (values[index] >= maximum);
            values[index]++;
        }
        return values;
    }

    /// <summary>Places <paramref name="values"/> in <paramref name="column"/> of the rows of <paramref name="pool"/>, in a seeded order.</summary>
    public void Place(string column, IEnumerable<SampleRow> pool, IReadOnlyList<int> values)
    {
        var shuffled = Shuffle(pool);
        if (shuffled.Count != values.Count)
        {
            throw new InvalidOperationException($"{column}: {values.Count} values for {shuffled.Count} rows.");
        }
        for (var i = 0; i < values.Count; i++)
        {
            shuffled[i].Values[column] = values[i];
        }
    }

    /// <summary>Leaves <paramref name="columns"/> blank for <paramref name="flanders"/> Flemish and then
    /// <paramref name="wallonia"/> Walloon respondents chosen by the seeded shuffle; returns whether a row answered.</summary>
    public Func<SampleRow, bool> LeaveBlank(IEnumerable<string> columns, int flanders, int wallonia)
    {
        var blank = Shuffle(In(Region.Flanders)).Take(flanders).Concat(Shuffle(In(Region.Wallonia)).Take(wallonia)).ToHashSet();
        Missing(blank, columns);
        return row => !blank.Contains(row);
    }

    /// <summary>Leaves every column of <paramref name="columns"/> missing for <paramref name="rows"/>.</summary>
    public static void Missing(IEnumerable<SampleRow> rows, IEnumerable<string> columns)
    {
        var names = columns.ToList();
        foreach (var row in rows)
        {
            foreach (var column in names)
            {
                row.Values[column] = null;
            }
        }
    }
}
