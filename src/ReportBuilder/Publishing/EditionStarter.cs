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
        languages: [en, fr, nl]
        publications: [figures, key-figures, report, fact-sheets, infographic, web]   # add feedback-sheets for the confidential sheets
        output: out
        disclosure: {suppress_below: 3, fractions_below: 10, secondary: true, group: protect}   # group: protect withholds a small group's shares of 0 % or 100 % (4 of 4, 0 of 7: every member's answer); show publishes them
        weighting: none                              # none, region or region-area
        templates: templates                         # the wording, one folder per language
        icons: icons                                 # the infographic's pictograms (Tabler Icons, MIT)
        # publisher:                                 # replaces the codebook's publisher on every publication
        #   name: Smart City Institute
        #   logo: logo.svg                           # PNG, JPEG or SVG, on the report's cover

        """;

    /// <summary>Writes the starter project into <paramref name="folder"/> (created if needed).</summary>
    /// <param name="folder">Where the project goes; it must not hold a reportbuilder.yaml yet.</param>
    /// <param name="assets">The bundled assets folder (codebooks, frames, sample, icons).</param>
    /// <param name="templates">The bundled templates folder (en/, fr/, nl/).</param>
    /// <returns>The files written, relative to <paramref name="folder"/>.</returns>
    /// <exception cref="IOException">The folder already holds a project; nothing was written.</exception>
    public static IReadOnlyList<string> Write(string folder, string assets, string templates)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(templates);
        var root = Path.GetFullPath(folder);
        if (File.Exists(Path.Combine(root, EditionProject.FileName)))
        {
            throw new IOException($"{Path.Combine(root, EditionProject.FileName)} already exists: init writes a new project and never overwrites one");
        }
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
        AtomicFile.WriteAll(root, [.. files.Select(f => (Path.Combine(root, f.Relative), f.Bytes))]);
        return [.. files.Select(f => f.Relative.Replace(Path.DirectorySeparatorChar, '/'))];
    }
}
