using System.Text;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Documents;
using ReportBuilder.Localization;
using ReportBuilder.Publishing;

namespace ReportBuilder.Tests.Publishing;

/// <summary>
/// A publication added from outside the library, as the publication contract promises: one class deriving
/// <see cref="Publication{TContent}"/>, planned beside the bundled ones, is built, written, kept when nothing it prints
/// changed and rendered again when something did — with no line of the build plan written for it.
/// </summary>
public sealed class ToyPublicationTests : IDisposable
{
    /// <summary>What the toy prints: the edition's title in one language and Belgium's respondents.</summary>
    private sealed record ToyLine(string Title, int Respondents);

    /// <summary>One text file per language of the edition: toy/&lt;lang&gt;.txt.</summary>
    private sealed class Toy : Publication<ToyLine>
    {
        public override Publication Kind => Publication.Figures;

        public override IReadOnlyList<PublicationKey> Keys(PublicationContext edition) =>
            [.. edition.Languages.Select(l => new PublicationKey($"toy/{l.Code}", [$"toy/{l.Code}.txt"], "the toy's line", l))];

        public override ToyLine BuildContent(PublicationContext edition, PublicationKey key) =>
            new(edition.Current.Codebook.Edition.Title[key.Language!], edition.Figures.ResponseOf(ScopeId.Belgium).Respondents);

        public override IReadOnlyList<byte[]> RenderContent(ToyLine content, PublicationAssets assets) =>
            [Encoding.UTF8.GetBytes($"{content.Title}: {content.Respondents} respondents\n")];
    }

    private static readonly string CodebookFile = Path.Combine("codebooks", "barometer-2018.yaml");

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rb-toy-");

    public void Dispose() => _root.Delete(recursive: true);

    private string ProjectFolder => Path.Combine(_root.FullName, "project");

    private string Output => Path.Combine(ProjectFolder, "out");

    private BuildResult Build() => StarterProject.Build(ProjectFolder, Output, force: false, [.. PublicationRegistry.Default, new Toy()]);

    /// <summary>Belgium's respondents, counted in the project's data: one row per responding municipality, after a header.</summary>
    private int RespondentsInData() =>
        File.ReadAllLines(Path.Combine(ProjectFolder, "data", "responses-2018.csv")).Skip(1).Count(l => l.Length > 0);

    private string Written(string file) => File.ReadAllText(Path.Combine(Output, file), Encoding.UTF8);

    [Fact]
    public void A_publication_of_one_class_is_built_kept_when_unchanged_and_rendered_again_when_what_it_prints_changes()
    {
        // Two languages: enough to see one language's unit rendered again and the other kept.
        StarterProject.Write(ProjectFolder, languages: "en, fr");
        var respondents = RespondentsInData();
        Assert.True(respondents > 0);

        // First build: the toy's two units are planned beside the bundled publications, and written.
        var first = Build();
        var toy = first.Decisions.Where(d => d.Unit.Id.StartsWith("toy/", StringComparison.Ordinal)).ToList();
        Assert.Equal("toy/en toy/fr", string.Join(" ", toy.Select(d => d.Unit.Id)));
        Assert.All(toy, d => Assert.Equal(Publication.Figures, d.Unit.Publication));
        Assert.Contains(first.Decisions, d => d.Unit.Id == "report/en"); // the bundled publications are still planned
        var written = first.Files.ToDictionary(f => f.File, f => Encoding.UTF8.GetString(f.Bytes), StringComparer.Ordinal);
        Assert.Equal($"Belgian Smart City Barometer 2018: {respondents} respondents\n", written["toy/en.txt"]);
        Assert.Equal($"Baromètre belge de la Smart City 2018: {respondents} respondents\n", written["toy/fr.txt"]);
        Assert.Equal(written["toy/en.txt"], Written("toy/en.txt"));
        Assert.Equal(written["toy/fr.txt"], Written("toy/fr.txt"));
        Assert.Contains(first.Manifest.Outputs, e => e.File == "toy/fr.txt" && e.Unit == "toy/fr");

        // Nothing changed: nothing is rendered, the toy included, and nothing is written.
        var second = Build();
        Assert.All(second.Decisions, d => Assert.False(d.Rebuilt, $"{d.Unit.Id} was rendered again: {d.Reason}"));
        Assert.All(second.Decisions, d => Assert.Equal("unchanged", d.Reason));
        Assert.Empty(second.Files);

        // The English title changes in the codebook: the English toy prints it, so it is rendered again; the French
        // toy prints the French title, which did not change, so it is kept. (The title keeps its length: with
        // " (revised)" added, the infographic no longer fits its page and the build stops with a LayoutException.)
        StarterProject.Replace(ProjectFolder, CodebookFile, "en: \"Belgian Smart City Barometer 2018\"", "en: \"Belgian Smart-City Barometer 2018\"");
        var third = Build();
        var en = Assert.Single(third.Decisions, d => d.Unit.Id == "toy/en");
        var fr = Assert.Single(third.Decisions, d => d.Unit.Id == "toy/fr");
        Assert.True(en.Rebuilt, en.Reason);
        Assert.Equal("changed: the toy's line", en.Reason);
        Assert.False(fr.Rebuilt, fr.Reason);
        var files = third.Files.Select(f => f.File).ToList();
        Assert.Contains("toy/en.txt", files);
        Assert.DoesNotContain("toy/fr.txt", files);
        Assert.Equal($"Belgian Smart-City Barometer 2018: {respondents} respondents\n", Written("toy/en.txt"));
        Assert.Equal($"Baromètre belge de la Smart City 2018: {respondents} respondents\n", Written("toy/fr.txt"));
    }
}
