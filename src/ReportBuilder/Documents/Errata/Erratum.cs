using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Errata;

/// <summary>
/// The public record of a rebuild whose published figures differ from the previous build's: the corrections that
/// came in (by region and question, never the municipality nor its answer), every published figure that changed (old
/// and new as printed), and the publications reissued. Numbered per output folder and never overwritten. The full
/// audit trail of the same corrections (municipality, old and new answer, author) is its <see cref="ErratumTrail"/>,
/// for the institute only.
/// </summary>
/// <param name="Number">Its number (1, 2, ...).</param>
/// <param name="Edition">The edition.</param>
/// <param name="Date">The build's date (from the data or SOURCE_DATE_EPOCH).</param>
/// <param name="Corrections">The corrections applied since the previous build.</param>
/// <param name="Changes">The published figures that changed.</param>
/// <param name="Reissued">The files written again, relative to the output folder.</param>
/// <param name="Withdrawn">The corrections of the previous build that are no longer in the corrections file (an
/// answer put back as it was); empty when none.</param>
public sealed record Erratum(int Number, string Edition, DateTime Date, IReadOnlyList<ErratumCorrection> Corrections,
    IReadOnlyList<ErratumChange> Changes, IReadOnlyList<string> Reissued, IReadOnlyList<ErratumCorrection>? Withdrawn = null)
{
    /// <summary>The folder of the errata inside the output folder.</summary>
    public const string Folder = "errata";

    /// <summary>The highest erratum number (four digits): more corrections of one edition than that is not a plausible
    /// history but a hostile or broken folder.</summary>
    public const int MaxNumber = 9999;

    /// <summary>The erratum's JSON file, relative to the output folder.</summary>
    public string JsonFile => $"{Folder}/{Edition}-erratum-{Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.json";

    /// <summary>The erratum's PDF in a language, relative to the output folder.</summary>
    public string PdfFile(string language) =>
        $"{Folder}/{Edition}-erratum-{Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}-{language}.pdf";

    /// <summary>The erratum in one line for a build's summary: "erratum 2: 0 new correction(s), 1 withdrawn, 5 published
    /// figure(s) changed — errata/2018-erratum-2.json".</summary>
    public string Headline() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"erratum {Number}: {Corrections.Count} new correction(s), {(Withdrawn is { Count: > 0 } w ? $"{w.Count} withdrawn, " : "")}{Changes.Count} published figure(s) changed — {JsonFile}");

    /// <summary>What changed, in one line for a build's summary: the figures grouped by what they measure, with their
    /// scopes — "Funding · regional · share in Belgium, Wallonia, Hainaut and 2 more" (at most three groups).</summary>
    public string WhatChanged()
    {
        var groups = Changes
            .Select(c => c.Figure.Split(" · ", 2))
            .GroupBy(p => p.Length > 1 ? p[1] : p[0], p => p[0], StringComparer.Ordinal)
            .ToList();
        static string Scopes(IReadOnlyList<string> scopes) =>
            string.Join(", ", scopes.Take(3)) + (scopes.Count > 3 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" and {scopes.Count - 3} more") : "");
        var text = string.Join("; ", groups.Take(3).Select(g => $"{g.Key} in {Scopes([.. g.Distinct(StringComparer.Ordinal)])}"));
        return groups.Count > 3
            ? text + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"; and {groups.Count - 3} other figure(s)")
            : text;
    }

    /// <summary>The next erratum number in <paramref name="outputFolder"/>: one more than the highest there.</summary>
    /// <exception cref="ErratumNumberException">The folder already holds erratum <see cref="MaxNumber"/>.</exception>
    public static int Next(string outputFolder, string edition)
    {
        var folder = Path.Combine(outputFolder, Folder);
        if (!Directory.Exists(folder))
        {
            return 1;
        }
        var prefix = edition + "-erratum-";
        // Only names this tool writes count (1 to MaxNumber, no sign, no leading zero): anything else in the folder is
        // not an erratum of ours and cannot push the numbering anywhere.
        var numbers = Directory.EnumerateFiles(folder, prefix + "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f)[prefix.Length..])
            .Select(n => n.Length is > 0 and <= 4 && n[0] != '0' && n.All(char.IsAsciiDigit)
                ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 0);
        var next = numbers.DefaultIfEmpty(0).Max() + 1;
        if (next > MaxNumber)
        {
            throw new ErratumNumberException(Path.Combine(folder, prefix + MaxNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".json"));
        }
        return next;
    }
}

/// <summary>A correction as the public erratum gives it: the region of the municipality (never the municipality, nor
/// its answer: a reader who knows the question and the municipality would learn the answer), the question and why;
/// the region's name and the question's label in every language when known (the erratum's PDF is printed in each).</summary>
/// <param name="Region">The region, in English.</param>
/// <param name="Question">The question's short label, in English (or the column when the codebook has no such column).</param>
/// <param name="Reason">Why the answer was corrected, as the researcher wrote it.</param>
/// <param name="RegionName">The region's name in every language.</param>
/// <param name="QuestionLabel">The question's short label in every language.</param>
public sealed record ErratumCorrection(string Region, string Question, string Reason, LocalizedText? RegionName = null, LocalizedText? QuestionLabel = null);

/// <summary>A published figure that changed: its key, what it is in words, and the old and new values as printed (in
/// English; and in every language when known, as each language's publications print them).</summary>
public sealed record ErratumChange(string Key, string Figure, string Old, string New,
    LocalizedText? FigureWords = null, LocalizedText? OldPrinted = null, LocalizedText? NewPrinted = null);
