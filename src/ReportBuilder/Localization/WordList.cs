namespace ReportBuilder.Localization;

/// <summary>Items joined as a sentence lists them in a language: "a, b and c", "a, b et c", "a, b und c" (the
/// language's word list.and).</summary>
public static class WordList
{
    private static readonly Term And = new("list.and");

    /// <summary><paramref name="items"/> as a list in a sentence; "" for none, the item alone for one.</summary>
    public static string Join(IEnumerable<string> items, Language language)
    {
        ArgumentNullException.ThrowIfNull(items);
        var parts = items.ToList();
        return parts.Count <= 1
            ? string.Concat(parts)
            : string.Join(", ", parts.Take(parts.Count - 1)) + " " + And[language] + " " + parts[^1];
    }
}
