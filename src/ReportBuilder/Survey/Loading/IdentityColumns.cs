namespace ReportBuilder.Survey.Loading;

/// <summary>The columns every response file starts with: who the respondent is. The answer columns follow, named by the codebook.</summary>
public static class IdentityColumns
{
    /// <summary>The five-digit NIS code.</summary>
    public const string Nis = "nis";

    /// <summary>The French name.</summary>
    public const string NameFr = "name_fr";

    /// <summary>The Dutch name (blank when it is the same as the French).</summary>
    public const string NameNl = "name_nl";

    /// <summary>The province code (VAN, ..., BRU).</summary>
    public const string Province = "province";

    /// <summary>The region code (VLG, WAL, BRU).</summary>
    public const string Region = "region";

    /// <summary>"urban" or "rural".</summary>
    public const string RuralUrban = "rural_urban";

    /// <summary>Every identity column, in file order.</summary>
    public static IReadOnlyList<string> All { get; } = [Nis, NameFr, NameNl, Province, Region, RuralUrban];
}
