using FsCheck.Xunit;
using ReportBuilder.Publishing;

namespace ReportBuilder.Tests.Publishing;

/// <summary>
/// A content value's fingerprint is a function of its value: two values built separately with the same fields have
/// one fingerprint, whatever their identity; any one field changed anywhere in them — a string deep in a list, the last
/// bit of a double, null for an empty string, the order of a list, the record type itself — gives another. What is not
/// a value (a delegate, a lazy value, a pointer, a cycle) is refused with the path of the field that holds it.
/// </summary>
public sealed class ContentFingerprintTests
{
    private enum Shade
    {
        Light,
        Dark,
    }

    private sealed record Row(string Label, double Value, int? Count, Shade Shade, IReadOnlyList<string> Notes);

    private sealed record Table(string Title, string? Note, IReadOnlyList<Row> Rows, (string Unit, double Scale) Axis,
        IReadOnlyDictionary<string, int> Totals, Tuple<long, decimal> Stamp);

    /// <summary>A table built from scratch on each call: no object is shared between two calls (strings included).</summary>
    private static Table Sample() => new(
        new string("Progress towards a smart city"),
        null,
        [
            new Row(new string("Belgium"), 5.123456789, 123, Shade.Dark, [new string("all"), new string("weighted")]),
            new Row(new string("Flanders"), 0.1 + 0.2, null, Shade.Light, []),
            new Row(new string("Wallonia"), -0.0, 7, Shade.Light, [new string("n < 10: counts")]),
        ],
        (new string("0–10"), 10.0),
        new Dictionary<string, int>(StringComparer.Ordinal) { [new string("BE")] = 123, [new string("VLG")] = 61 },
        Tuple.Create(2018L, 3.50m));

    [Fact]
    public void Equal_values_built_separately_have_one_fingerprint()
    {
        var a = Sample();
        var b = Sample();
        Assert.NotSame(a.Rows[0].Label, b.Rows[0].Label);
        Assert.Equal(ContentFingerprint.Of(a), ContentFingerprint.Of(b));
        Assert.Matches("^[0-9a-f]{64}$", ContentFingerprint.Of(a));
        // The same value, asked twice (nothing cached by identity changes it).
        Assert.Equal(ContentFingerprint.Of(a), ContentFingerprint.Of(a));
    }

    /// <summary>One change each, deep in the sample: every one must move the fingerprint.</summary>
    private static readonly Dictionary<string, Func<Table, Table>> Changes = new(StringComparer.Ordinal)
    {
        ["a string deep in a list"] = t => t with { Rows = [t.Rows[0] with { Notes = ["all", "weighted!"] }, t.Rows[1], t.Rows[2]] },
        ["a double's last bit"] = t => t with { Rows = [t.Rows[0] with { Value = Math.BitIncrement(t.Rows[0].Value) }, t.Rows[1], t.Rows[2]] },
        ["-0.0 for 0.0"] = t => t with { Rows = [t.Rows[0], t.Rows[1], t.Rows[2] with { Value = 0.0 }] },
        ["an empty string for null"] = t => t with { Note = "" },
        ["a list's order"] = t => t with { Rows = [t.Rows[1], t.Rows[0], t.Rows[2]] },
        ["an element removed from a list"] = t => t with { Rows = [t.Rows[0], t.Rows[1]] },
        ["an empty list for a one-element list"] = t => t with { Rows = [t.Rows[0], t.Rows[1], t.Rows[2] with { Notes = [] }] },
        ["a null int for zero"] = t => t with { Rows = [t.Rows[0], t.Rows[1] with { Count = 0 }, t.Rows[2]] },
        ["an enum"] = t => t with { Rows = [t.Rows[0] with { Shade = Shade.Light }, t.Rows[1], t.Rows[2]] },
        ["a tuple's element"] = t => t with { Axis = (t.Axis.Unit, 100.0) },
        ["a dictionary's value"] = t => t with { Totals = new Dictionary<string, int>(StringComparer.Ordinal) { ["BE"] = 123, ["VLG"] = 62 } },
        ["a dictionary's key"] = t => t with { Totals = new Dictionary<string, int>(StringComparer.Ordinal) { ["BE"] = 123, ["WAL"] = 61 } },
        ["a decimal's scale"] = t => t with { Stamp = Tuple.Create(2018L, 3.5m) },
    };

    public static TheoryData<string> ChangeNames
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var name in Changes.Keys)
            {
                names.Add(name);
            }
            return names;
        }
    }

    [Theory]
    [MemberData(nameof(ChangeNames))]
    public void One_value_changed_anywhere_changes_the_fingerprint(string change)
    {
        var before = ContentFingerprint.Of(Sample());
        var after = ContentFingerprint.Of(Changes[change](Sample()));
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Every_change_gives_its_own_fingerprint()
    {
        var fingerprints = Changes.ToDictionary(c => c.Key, c => ContentFingerprint.Of(c.Value(Sample())), StringComparer.Ordinal);
        var same = fingerprints.GroupBy(f => f.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => string.Join(" = ", g.Select(f => f.Key)));
        Assert.Empty(same);
    }

    private sealed record Point(string Name, int X);

    private sealed record Place(string Name, int X);

    [Fact]
    public void Two_record_types_with_the_same_fields_and_values_differ()
    {
        Assert.NotEqual(ContentFingerprint.Of(new Point("a", 1)), ContentFingerprint.Of(new Place("a", 1)));
        // And within one type, the values still decide alone.
        Assert.Equal(ContentFingerprint.Of(new Point("a", 1)), ContentFingerprint.Of(new Point("a", 1)));
    }

    private sealed record Holder(string Name, IReadOnlyList<object> Parts);

    private sealed record WithDelegate(string Name, Func<int> Compute);

    private sealed record WithLazy(string Name, Lazy<string> Later);

    private sealed record WithPointer(string Name, IntPtr Handle);

    /// <summary>A node that can be made to hold itself.</summary>
    private sealed class Node(string name)
    {
        public string Name { get; } = name;

        public Node? Next { get; set; }
    }

    [Fact]
    public void A_delegate_is_refused_with_the_path_of_its_field()
    {
        var content = new Holder("h", ["first", new WithDelegate("d", () => 42)]);
        var e = Assert.Throws<ContentNotAValueException>(() => ContentFingerprint.Of(content));
        Assert.Equal("content.Parts[1].Compute", e.Path);
        Assert.Contains("Compute", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lazy_value_is_refused_with_the_path_of_its_field()
    {
        var content = new Holder("h", [new WithLazy("l", new Lazy<string>(() => "later"))]);
        var e = Assert.Throws<ContentNotAValueException>(() => ContentFingerprint.Of(content));
        Assert.Equal("content.Parts[0].Later", e.Path);
    }

    [Fact]
    public void A_pointer_is_refused_with_the_path_of_its_field()
    {
        var content = new Holder("h", [new WithPointer("p", new IntPtr(0x1234))]);
        var e = Assert.Throws<ContentNotAValueException>(() => ContentFingerprint.Of(content));
        Assert.Equal("content.Parts[0].Handle", e.Path);
    }

    [Fact]
    public void A_cycle_is_refused_with_the_path_where_the_value_holds_itself()
    {
        var first = new Node("first");
        var second = new Node("second") { Next = first };
        first.Next = second;
        var e = Assert.Throws<ContentNotAValueException>(() => ContentFingerprint.Of(new Holder("h", [first])));
        Assert.Equal("content.Parts[0].Next.Next", e.Path);
        Assert.Contains("cycle", e.Message, StringComparison.Ordinal);

        // A list that holds itself, too.
        var list = new List<object> { "a" };
        list.Add(list);
        var inList = Assert.Throws<ContentNotAValueException>(() => ContentFingerprint.Of(new Holder("h", list)));
        Assert.Equal("content.Parts[1]", inList.Path);
    }

    [Fact]
    public void One_value_held_twice_is_not_a_cycle()
    {
        var shared = new Point("shared", 1);
        var twice = new Holder("h", [shared, shared]);
        var copies = new Holder("h", [new Point("shared", 1), new Point("shared", 1)]);
        Assert.Equal(ContentFingerprint.Of(copies), ContentFingerprint.Of(twice));
    }

    private sealed record Bag(IReadOnlyList<string?> Texts, IReadOnlyList<int> Numbers);

    /// <summary>Random lists: a copy made element by element (new lists, new strings) has the fingerprint of the
    /// original, and a copy with one element changed (a string, else a number) has another.</summary>
    [Property(MaxTest = 200)]
    public void A_copy_has_the_fingerprint_of_its_original_and_a_changed_copy_another(string?[] texts, int[] numbers, int pick)
    {
        texts ??= [];
        numbers ??= [];
        var original = new Bag(texts, numbers);
        // Arrays again: the collection's kind (array, list, set) is part of the fingerprint, as its type is.
        var copy = new Bag(texts.Select(s => s is null ? null : new string(s.AsSpan())).ToArray(), numbers.ToArray());
        Assert.Equal(ContentFingerprint.Of(original), ContentFingerprint.Of(copy));

        var changedTexts = texts.ToArray();
        var changedNumbers = numbers.ToArray();
        if (texts.Length > 0)
        {
            var i = (int)((uint)pick % (uint)texts.Length);
            changedTexts[i] = texts[i] is { } s ? s + "·" : "";
        }
        else if (numbers.Length > 0)
        {
            var i = (int)((uint)pick % (uint)numbers.Length);
            changedNumbers[i] = unchecked(numbers[i] + 1);
        }
        else
        {
            changedNumbers = [pick];
        }
        Assert.NotEqual(ContentFingerprint.Of(original), ContentFingerprint.Of(new Bag(changedTexts, changedNumbers)));
    }
}
