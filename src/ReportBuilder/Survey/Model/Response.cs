using ReportBuilder.Localization;

namespace ReportBuilder.Survey.Model;

/// <summary>
/// One responding municipality of a wave: who it is and what it answered.
/// </summary>
/// <param name="Nis">The five-digit NIS/INS code ("62063").</param>
/// <param name="NameFr">The French name ("Liège").</param>
/// <param name="NameNl">The Dutch name ("Luik"); the same as the French where they do not differ.</param>
/// <param name="Province">The province's data code (<see cref="Model.Province.Code"/>; "BRU" for Brussels).</param>
/// <param name="Region">The region.</param>
/// <param name="Area">Rural or urban.</param>
/// <param name="Answers">The answers by codebook column; a blank is missing (null), never zero.</param>
/// <param name="Line">The line of the response file the row came from (for messages and feedback sheets).</param>
public sealed record Response(
    string Nis,
    string NameFr,
    string NameNl,
    string Province,
    Region Region,
    RuralUrban Area,
    Answers Answers,
    int Line)
{
    /// <summary>The answer in <paramref name="column"/>: null when missing.</summary>
    public double? Answer(string column) => Answers[column];

    /// <summary>The municipality's name in <paramref name="language"/>: the responses file's name_fr or name_nl
    /// column for those languages; any other language uses the name in the region's language (Dutch in Flanders,
    /// French elsewhere, as the German-speaking municipalities' French names are their German ones but for a few).</summary>
    public string Name(Language language) => (language ?? throw new ArgumentNullException(nameof(language))).Code switch
    {
        "fr" => NameFr,
        "nl" => NameNl,
        _ => OwnName,
    };

    /// <summary>The municipality's name in its region's language: Dutch in Flanders, French elsewhere.</summary>
    public string OwnName => Region == Region.Flanders ? NameNl : NameFr;
}
