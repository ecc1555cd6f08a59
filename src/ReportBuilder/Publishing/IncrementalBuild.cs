using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using ReportBuilder.Analysis;
using ReportBuilder.Documents;
using ReportBuilder.Documents.Errata;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Localization;

namespace ReportBuilder.Publishing;

/// <summary>
/// Decides what a build renders and renders it: a unit is rendered when it is new, forced, its inputs' fingerprint
/// changed, or one of its files is missing or altered on disk; every other unit keeps its files. When the published
/// figures differ from the previous build's, an <see cref="Erratum"/> is made. Nothing is written here: the caller
/// writes <see cref="BuildResult.Files"/> (the manifest last) atomically.
/// </summary>
public static class IncrementalBuild
{
    /// <summary>Plans and renders a build of <paramref name="build"/> into <paramref name="outputFolder"/>.</summary>
    /// <param name="build">The loaded edition.</param>
    /// <param name="outputFolder">The output folder (its manifest and files are read, not written).</param>
    /// <param name="force">Render every unit.</param>
    /// <param name="erratumPdf">Renders an erratum's PDF in a language (the documents stage's), or null for JSON only.</param>
    /// <param name="progress">Told of the plan once decided (the units to render) and of each unit when rendered, from any thread.</param>
    /// <param name="publications">The publications planned, or null for the bundled ones (<see cref="PublicationRegistry.Default"/>).</param>
    /// <exception cref="FeedbackDisclosureException">A feedback sheet would let its reader deduce another municipality's
    /// answer (<see cref="FeedbackAudit"/>): the build stops and returns nothing to write.</exception>
    public static BuildResult Run(EditionBuild build, string outputFolder, bool force, Func<Erratum, Language, byte[]>? erratumPdf = null,
        IBuildProgress? progress = null, IEnumerable<IPublication>? publications = null)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(outputFolder);
        var previous = BuildManifest.Read(outputFolder, out var manifestProblem);
        var units = build.Plan(publications ?? PublicationRegistry.Default);
        var decisions = units.Select(u => Decide(u, previous, outputFolder, force)).ToList();
        if (manifestProblem is not null && !force)
        {
            // Said on every unit, so the summary shows why everything was built again.
            decisions = [.. decisions.Select(d => d with { Reason = $"the previous build's manifest was set aside ({manifestProblem})" })];
        }
        var toRender = decisions.Where(d => d.Rebuilt).ToList();
        progress?.Planned(toRender.Select(d => d.Unit).ToList());

        // The erratum is known before anything renders (the figures and the files to reissue are), so that its
        // PDFs render beside the units.
        var printed = BuildManifest.PrintedFigures(build.Figures);
        var corrections = build.Current.Corrections.Select(Line).ToList();
        Erratum? erratum = null;
        ErratumTrail? trail = null;
        if (previous is not null && previous.Edition == build.Figures.Edition && !Same(previous.Printed, printed))
        {
            (erratum, trail) = MakeErratum(build, previous, printed, corrections, [.. toRender.SelectMany(d => d.Unit.Files)], outputFolder);
        }
        var erratumLanguages = erratum is not null && erratumPdf is not null ? build.Project.Languages : [];
        var erratumPdfs = new byte[erratumLanguages.Count][];

        var rendered = new IReadOnlyList<byte[]>[toRender.Count];
        var times = new TimeSpan[toRender.Count];
        // The costliest units first, one at a time per worker, so that two cores finish together; the erratum's PDFs
        // (indexes after the units) last.
        var order = Enumerable.Range(0, toRender.Count).OrderByDescending(i => toRender[i].Unit.Cost).ThenBy(i => i)
            .Concat(Enumerable.Range(toRender.Count, erratumLanguages.Count)).ToList();
        // A feedback sheet that would disclose another municipality's answer (every one found so far, all named), or a
        // unit's one failure, as itself: nothing is written either way.
        ParallelFailure.Run(order, i =>
        {
            if (i >= toRender.Count)
            {
                erratumPdfs[i - toRender.Count] = erratumPdf!(erratum!, erratumLanguages[i - toRender.Count]);
                return;
            }
            var clock = Stopwatch.StartNew();
            rendered[i] = toRender[i].Unit.Render();
            times[i] = clock.Elapsed;
            progress?.Rendered(toRender[i].Unit, times[i]);
        });
        var timeOf = toRender.Select((d, i) => (d.Unit.Id, Time: times[i])).ToDictionary(x => x.Id, x => x.Time, StringComparer.Ordinal);
        decisions = [.. decisions.Select(d => timeOf.TryGetValue(d.Unit.Id, out var time) ? d with { RenderTime = time } : d)];
        var files = new List<(string File, byte[] Bytes)>();
        var entries = new List<ManifestEntry>();
        var byUnit = toRender.Select((d, i) => (d.Unit.Id, Bytes: rendered[i])).ToDictionary(x => x.Id, x => x.Bytes, StringComparer.Ordinal);
        foreach (var decision in decisions)
        {
            var unit = decision.Unit;
            if (byUnit.TryGetValue(unit.Id, out var bytes))
            {
                for (var f = 0; f < unit.Files.Count; f++)
                {
                    files.Add((unit.Files[f], bytes[f]));
                    entries.Add(new ManifestEntry(unit.Files[f], unit.Id, unit.Fingerprint, BuildManifest.Hash(bytes[f])));
                }
            }
            else
            {
                entries.AddRange(previous!.Outputs.Where(e => e.Unit == unit.Id));
            }
        }
        if (erratum is not null)
        {
            files.Add((erratum.JsonFile, JsonSerializer.SerializeToUtf8Bytes(erratum, JsonOptions)));
            files.Add((trail!.JsonFile, JsonSerializer.SerializeToUtf8Bytes(trail, JsonOptions)));
            for (var l = 0; l < erratumLanguages.Count; l++)
            {
                files.Add((erratum.PdfFile(erratumLanguages[l].Code), erratumPdfs[l]));
            }
        }
        var manifest = new BuildManifest(EditionBuild.ToolVersion, build.Figures.Edition, entries, printed, corrections);
        return new BuildResult(files, decisions, manifest, erratum, trail);
    }

    /// <summary>Plans and renders every unit of <paramref name="build"/> in memory, the costliest first, and keeps
    /// nothing: what `check` runs so that it refuses whatever a build would (content that discloses, a template that fails
    /// at run time, a page that does not hold its content). Returns the units.</summary>
    public static IReadOnlyList<BuildUnit> Rehearse(EditionBuild build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var units = build.Plan();
        ParallelFailure.Run([.. Enumerable.Range(0, units.Count).OrderByDescending(i => units[i].Cost).ThenBy(i => i)], i => units[i].Render());
        return units;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static BuildDecision Decide(BuildUnit unit, BuildManifest? previous, string outputFolder, bool force)
    {
        if (force)
        {
            return new BuildDecision(unit, true, "forced");
        }
        if (previous is null)
        {
            return new BuildDecision(unit, true, "first build");
        }
        var entries = previous.Outputs.Where(e => e.Unit == unit.Id).ToList();
        if (entries.Count != unit.Files.Count || !entries.Select(e => e.File).SequenceEqual(unit.Files, StringComparer.Ordinal))
        {
            return new BuildDecision(unit, true, "new");
        }
        if (entries.Any(e => e.Fingerprint != unit.Fingerprint) || previous.Tool != EditionBuild.ToolVersion)
        {
            return new BuildDecision(unit, true, "changed: " + unit.Why);
        }
        foreach (var entry in entries)
        {
            var path = Path.Combine(outputFolder, entry.File);
            if (!File.Exists(path))
            {
                return new BuildDecision(unit, true, "file missing: " + entry.File);
            }
            if (BuildManifest.Hash(File.ReadAllBytes(path)) != entry.Sha256)
            {
                return new BuildDecision(unit, true, "file altered on disk: " + entry.File);
            }
        }
        return new BuildDecision(unit, false, "unchanged");
    }

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);

    private static string Line(Survey.Model.AppliedCorrection c) =>
        $"{c.Correction.Nis}|{c.Correction.Column}|{c.Correction.OldValue}|{c.Correction.NewValue}|{c.Correction.Reason}";

    private static (Erratum Public, ErratumTrail Trail) MakeErratum(EditionBuild build, BuildManifest previous, IReadOnlyDictionary<string, string> printed,
        List<string> corrections, List<string> reissued, string outputFolder)
    {
        var figures = build.Figures;
        var codebook = figures.Codebook;
        var known = previous.Corrections.ToHashSet(StringComparer.Ordinal);
        (ErratumCorrection Public, AuditedCorrection Audited) Entry(string nis, string column, string oldValue, string newValue, string reason,
            Survey.Model.Correction? source)
        {
            var municipality = build.Current.Responses.FirstOrDefault(r => r.Nis == nis);
            var region = municipality is null ? null : build.Current.Frame.RegionOf(municipality.Region).Name;
            var question = codebook.QuestionOfColumn(column);
            var label = question?.ShortLabel.Display ?? column;
            return (new ErratumCorrection(region?.Display ?? "", label, reason, region, question?.ShortLabel),
                new AuditedCorrection(nis, municipality?.OwnName ?? "", column, label, oldValue, newValue, reason,
                    source?.Author, source?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    source is null ? null : $"{Path.GetFileName(source.File)}:{source.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        }
        var newCorrections = build.Current.Corrections.Where(c => !known.Contains(Line(c)))
            .Select(c => Entry(c.Correction.Nis, c.Correction.Column, c.Correction.OldValue, c.Correction.NewValue, c.Correction.Reason, c.Correction))
            .ToList();
        // A correction of the previous build no longer in the file: the answer is back as it was (a line "nis|column|old|new|reason").
        var withdrawn = previous.Corrections.Except(corrections, StringComparer.Ordinal)
            .Select(line => line.Split('|', 5))
            .Where(p => p.Length == 5)
            .Select(p => Entry(p[0], p[1], p[2], p[3], p[4], null))
            .ToList();
        var changes = new List<ErratumChange>();
        foreach (var figure in figures.Items.Where(f => f.Measure is Measure.Mean or Measure.Share or Measure.ShareAtLeast))
        {
            var key = BuildManifest.Key(figure);
            var now = printed[key];
            if (previous.Printed.TryGetValue(key, out var before) && before != now)
            {
                changes.Add(new ErratumChange(key, Describe(figures, figure, build.Context.Templates.Languages.Reference), before, now,
                    LocalizedText.In(build.Context.Languages, l => Describe(figures, figure, l)), LocalizedText.In(build.Context.Languages, l => Printed(before, l)),
                    LocalizedText.In(build.Context.Languages, l => FigureText.Format(figure, l) ?? PublicationWords.NotPublished[l])));
            }
        }
        var erratum = new Erratum(Erratum.Next(outputFolder, figures.Edition), figures.Edition, build.Date, [.. newCorrections.Select(c => c.Public)],
            changes, reissued, [.. withdrawn.Select(c => c.Public)]);
        erratum = Uncommitted(erratum, outputFolder) ?? erratum;
        var trail = new ErratumTrail(erratum.Number, erratum.Edition, erratum.Date, ErratumTrail.Notice,
            [.. newCorrections.Select(c => c.Audited)], [.. withdrawn.Select(c => c.Audited)]);
        return (erratum, trail);
    }

    /// <summary>
    /// The erratum a killed build wrote but never committed (killed after renaming its erratum into place, before its
    /// manifest), which this build makes again: when the highest erratum in the folder is, number aside, byte for byte
    /// <paramref name="erratum"/>, this build keeps its number (rewriting the same bytes) instead of issuing it a second
    /// time under the next one. A committed erratum can never be that: its new values are the manifest's, which are the
    /// old values of an erratum made against that manifest, and every change lists old and new values that differ.
    /// </summary>
    private static Erratum? Uncommitted(Erratum erratum, string outputFolder)
    {
        if (erratum.Number == 1 || erratum.Changes.Count == 0)
        {
            return null;
        }
        var last = erratum with { Number = erratum.Number - 1 };
        var path = Path.Combine(outputFolder, last.JsonFile);
        return File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(last, JsonOptions)) ? last : null;
    }

    /// <summary>A figure in words, in English: "Belgium · Progress towards a smart city · mean".</summary>
    private static string Describe(Figures figures, Figure figure, Language language)
    {
        var question = figures.Codebook.Question(figure.QuestionId);
        var option = figure.OptionId is { } id && question.Options.Any(o => o.Id == id) ? " · " + question.Option(id).ShortLabel[language] : "";
        var measure = figure.Measure switch
        {
            Measure.Mean => MeanWord[language],
            Measure.ShareAtLeast => ShareAtLeastWord[language],
            _ => ShareWord[language],
        };
        return $"{figures.Scope(figure.ScopeId).Name[language]} · {question.ShortLabel[language]}{option} · {measure}";
    }

    private static readonly Term MeanWord = new("erratum.mean");
    private static readonly Term ShareWord = new("erratum.share");
    private static readonly Term ShareAtLeastWord = new("erratum.share_at_least_halfway");

    /// <summary>A value a previous build printed in English (in its manifest), as <paramref name="language"/> prints it.</summary>
    private static string Printed(string english, Language language) =>
        english == "not published" ? PublicationWords.NotPublished[language] : FigureText.Relocalize(english, language);


}

/// <summary>What a build decided and rendered.</summary>
/// <param name="Files">The files to write (relative to the output folder), errata included; the manifest is not among them.</param>
/// <param name="Decisions">One decision per unit, in plan order.</param>
/// <param name="Manifest">The manifest to write last.</param>
/// <param name="Erratum">The public erratum, when published figures changed since the previous build.</param>
/// <param name="Trail">The erratum's confidential audit trail (municipalities, old and new answers), for the institute.</param>
public sealed record BuildResult(IReadOnlyList<(string File, byte[] Bytes)> Files, IReadOnlyList<BuildDecision> Decisions, BuildManifest Manifest, Erratum? Erratum,
    ErratumTrail? Trail = null);

/// <summary>Whether a unit is rendered, and why.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Rebuilt">True when it is rendered.</param>
/// <param name="Reason">Why ("first build", "changed: every figure", "file missing: …", "unchanged").</param>
/// <param name="RenderTime">How long rendering it took (zero when it was not rendered).</param>
public sealed record BuildDecision(BuildUnit Unit, bool Rebuilt, string Reason, TimeSpan RenderTime = default);
