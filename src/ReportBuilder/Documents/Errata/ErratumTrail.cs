namespace ReportBuilder.Documents.Errata;

/// <summary>
/// The confidential audit trail of an erratum, for the institute only: each correction with the municipality, the
/// old and new answer, who made it and where it was read. Written to <c>errata/internal/</c> beside the public
/// erratum, never into the web edition, and marked confidential in the file itself.
/// </summary>
/// <param name="Number">The erratum's number.</param>
/// <param name="Edition">The edition.</param>
/// <param name="Date">The build's date.</param>
/// <param name="Confidential">The notice that the file is not to be published.</param>
/// <param name="Corrections">The corrections applied since the previous build.</param>
/// <param name="Withdrawn">The corrections of the previous build no longer in the corrections file.</param>
public sealed record ErratumTrail(int Number, string Edition, DateTime Date, string Confidential,
    IReadOnlyList<AuditedCorrection> Corrections, IReadOnlyList<AuditedCorrection> Withdrawn)
{
    /// <summary>The folder of the trails inside the output folder.</summary>
    public const string Folder = Erratum.Folder + "/internal";

    /// <summary>The notice every trail carries.</summary>
    public const string Notice = "CONFIDENTIAL: the institute's audit trail of the corrections, naming municipalities and their answers. Never publish this file.";

    /// <summary>The trail's JSON file, relative to the output folder.</summary>
    public string JsonFile => $"{Folder}/{Edition}-erratum-{Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}-trail.json";

    /// <summary>The trail in one line for a build's summary.</summary>
    public string Headline() => "audit trail (confidential, never publish): " + JsonFile;
}

/// <summary>A correction as the institute's audit trail records it.</summary>
/// <param name="Nis">The municipality's NIS code.</param>
/// <param name="Municipality">Its name, in English (the frame's).</param>
/// <param name="Column">The corrected column.</param>
/// <param name="Question">The question's short label, in English.</param>
/// <param name="OldValue">The answer as received.</param>
/// <param name="NewValue">The answer as corrected.</param>
/// <param name="Reason">Why.</param>
/// <param name="Author">Who made the correction (null for a withdrawn one, which the corrections file no longer holds).</param>
/// <param name="Date">When (yyyy-mm-dd), or null for a withdrawn one.</param>
/// <param name="Source">The corrections file and line it was read from, or null for a withdrawn one.</param>
public sealed record AuditedCorrection(string Nis, string Municipality, string Column, string Question, string OldValue, string NewValue,
    string Reason, string? Author = null, string? Date = null, string? Source = null);
