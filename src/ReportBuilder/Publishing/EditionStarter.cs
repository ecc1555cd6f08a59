using System.Text;

namespace ReportBuilder.Publishing;

/// <summary>
/// Writes a working edition project into a folder from the bundled sample: the codebooks with their report
/// settings and plans, the frame, the sample data and corrections, the icons, the templates, and a
/// reportbuilder.yaml that names them, so that a user starts from something that builds and edits from there.
/// </summary>
public static class EditionStarter
{
    /// <summary>The project file written, as it reads.</summary>
    public const string ProjectText = """
        # ReportBuilder edition project: what one edition's publications are built from.
        # Paths are relative to this file. `reportbuilder check` validates everything and writes nothing;
        # `reportbuilder build` (in this folder) builds what changed.
        codebook: codebooks/barometer-2018.yaml      # questions, chapters, labels; report settings and plans beside it
        frame: frames/belgium-2018.yaml              # the municipalities of the frame, per province
        responses: data/responses-2018.csv           # one row per responding municipality
        corrections: data/corrections-2018.csv       # corrections applied on load, with their reasons
        previous:                                    # the wave compared with (leave out for a first edition)
          codebook: codebooks/barometer-2017.yaml
          responses: data/responses-2017.csv
        languages: [en, fr, nl, de]                  # each a folder templates/<code>/ with its words.yaml
        publications: [figures, key-figures, report, fact-sheets, infographic, web]   # add feedback-sheets for the confidential sheets
        output: out
        disclosure: {suppress_below: 3, fractions_below: 10, secondary: true, group: protect}   # group: protect withholds a small group's shares of 0 % or 100 % (4 of 4, 0 of 7: every member's answer); show publishes them
        weighting: none                              # none, region or region-area
        templates: templates                         # the wording, one folder per language
        icons: icons                                 # the infographic's pictograms (Tabler Icons, MIT)
        # publisher:                                 # replaces the codebook's publisher on every publication
        #   name: Smart City Institute
        #   logo: logo.svg                           # PNG, JPEG or SVG, on the report's cover
        # published: 2018-06-01                    # the day the publications carry (default: the codebook's, else the end of fieldwork)

        """;

    /// <summary>Writes the starter project into <paramref name="folder"/> (created if needed), never over a file of the
    /// user's: a file already there with other bytes stops it (<see cref="StarterConflictException"/>, nothing written),
    /// or with <paramref name="force"/> is kept as it is while the rest is written. A file already there with the same
    /// bytes is left alone.</summary>
    /// <param name="folder">Where the project goes.</param>
    /// <param name="assets">The bundled assets folder (codebooks, frames, sample, icons).</param>
    /// <param name="templates">The bundled templates folder (en/, fr/, nl/).</param>
    /// <param name="force">Write around the user's files instead of refusing.</param>
    /// <returns>The files written and the user's files kept, relative to <paramref name="folder"/>.</returns>
    /// <exception cref="StarterConflictException">Without <paramref name="force"/>, the folder holds files the project would
    /// replace; nothing was written.</exception>
    public static (IReadOnlyList<string> Written, IReadOnlyList<string> Kept) Write(string folder, string assets, string templates, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(templates);
        var root = Path.GetFullPath(folder);
        var files = new List<(string Relative, byte[] Bytes)>
        {
            (EditionProject.FileName, Encoding.UTF8.GetBytes(ProjectText)),
        };
        void Copy(string from, string to) => files.Add((to, File.ReadAllBytes(from)));
        foreach (var codebook in Directory.EnumerateFiles(Path.Combine(assets, "codebooks"), "barometer-201*.yaml").Order(StringComparer.Ordinal))
        {
            Copy(codebook, Path.Combine("codebooks", Path.GetFileName(codebook)));
        }
        Copy(Path.Combine(assets, "frames", "belgium-2018.yaml"), Path.Combine("frames", "belgium-2018.yaml"));
        foreach (var name in new[] { "responses-2018.csv", "corrections-2018.csv", "responses-2017.csv", "README.md" })
        {
            Copy(Path.Combine(assets, "sample", name), Path.Combine("data", name));
        }
        foreach (var (source, target) in new[] { (Path.Combine(assets, "icons"), "icons"), (templates, "templates") })
        {
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
            }
        }
        static string Slashed(string relative) => relative.Replace(Path.DirectorySeparatorChar, '/');
        var existing = files.Where(f => File.Exists(Path.Combine(root, f.Relative)) || Directory.Exists(Path.Combine(root, f.Relative))).ToList();
        var kept = existing.Where(f => Directory.Exists(Path.Combine(root, f.Relative))
            || !File.ReadAllBytes(Path.Combine(root, f.Relative)).AsSpan().SequenceEqual(f.Bytes)).Select(f => f.Relative).ToList();
        if (kept.Count > 0 && !force)
        {
            throw new StarterConflictException(root, [.. kept.Select(Slashed)]);
        }
        var toWrite = files.Where(f => !existing.Contains(f)).ToList();
        AtomicFile.WriteAll(root, [.. toWrite.Select(f => (Path.Combine(root, f.Relative), f.Bytes))]);
        return ([.. toWrite.Select(f => Slashed(f.Relative))], [.. kept.Select(Slashed)]);
    }
}
