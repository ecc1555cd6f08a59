using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBuilder.Analysis;
using ReportBuilder.Localization;

namespace ReportBuilder.Publishing;

/// <summary>
/// What the last build wrote, kept in the output folder (".reportbuilder-manifest.json", written last): for every
/// file, the unit that wrote it, the fingerprint of that unit's inputs and the SHA-256 of the bytes written; and the
/// figures as printed, so that the next build can say which published figures a correction moved (the erratum).
/// </summary>
/// <param name="Tool">The tool's version.</param>
/// <param name="Edition">The edition id.</param>
/// <param name="Outputs">One entry per file, in file order.</param>
/// <param name="Printed">Every published figure as printed in English, by key ("BE|progress||Mean").</param>
/// <param name="Corrections">The corrections applied, one line each.</param>
public sealed record BuildManifest(
    string Tool,
    string Edition,
    IReadOnlyList<ManifestEntry> Outputs,
    IReadOnlyDictionary<string, string> Printed,
    IReadOnlyList<string> Corrections)
{
    /// <summary>The manifest's file name in the output folder.</summary>
    public const string FileName = ".reportbuilder-manifest.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The manifest as JSON bytes (deterministic: entries in order, keys sorted).</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this with
    {
        Printed = new SortedDictionary<string, string>(Printed.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal),
    }, Options);

    /// <summary>The manifest of <paramref name="folder"/>, or null when there is none or it cannot be trusted (then
    /// everything is built again). The file is untrusted input: anything but a complete manifest — malformed JSON, a
    /// missing or null field, a null entry — is set aside, and <paramref name="problem"/> says why.</summary>
    public static BuildManifest? Read(string folder, out string? problem)
    {
        problem = null;
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var manifest = JsonSerializer.Deserialize<BuildManifest>(File.ReadAllBytes(path), Options);
            problem = manifest is null ? "empty" : Incomplete(manifest);
            return problem is null ? manifest : null;
        }
        catch (JsonException e)
        {
            problem = "not a manifest: " + e.Message.Split(" Path:", 2)[0];
            return null;
        }
    }

    /// <summary>What a deserialized manifest lacks (the serializer lets null through non-nullable members), or null.</summary>
    private static string? Incomplete(BuildManifest manifest)
    {
        if (manifest.Tool is null || manifest.Edition is null || manifest.Outputs is null || manifest.Printed is null
            || manifest.Corrections is null)
        {
            return "a field is missing";
        }
        if (manifest.Outputs.Any(e => e is null || e.File is null || e.Unit is null || e.Fingerprint is null || e.Sha256 is null))
        {
            return "an output entry is incomplete";
        }
        return manifest.Printed.Values.Any(v => v is null) || manifest.Corrections.Any(c => c is null) ? "a value is null" : null;
    }

    /// <summary>Every published figure of <paramref name="figures"/> in the language-neutral form (<see cref="FigureText.Neutral(Figure)"/>), by key (the measures
    /// publications print: means, shares, the share at least halfway).</summary>
    public static IReadOnlyDictionary<string, string> PrintedFigures(Figures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var printed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var figure in figures.Items.Where(f => f.Measure is Measure.Mean or Measure.Share or Measure.ShareAtLeast))
        {
            printed[Key(figure)] = FigureText.Neutral(figure) ?? "not published";
        }
        return printed;
    }

    /// <summary>The key of a figure in <see cref="Printed"/>.</summary>
    public static string Key(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return $"{figure.ScopeId}|{figure.QuestionId}|{figure.OptionId}|{figure.Measure}";
    }

    /// <summary>The SHA-256 (hex) of a file's bytes.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>A file of the last build.</summary>
/// <param name="File">Its path relative to the output folder, with '/'.</param>
/// <param name="Unit">The unit that wrote it.</param>
/// <param name="Fingerprint">The fingerprint of that unit's inputs.</param>
/// <param name="Sha256">The SHA-256 of the bytes written.</param>
public sealed record ManifestEntry(string File, string Unit, string Fingerprint, string Sha256);
