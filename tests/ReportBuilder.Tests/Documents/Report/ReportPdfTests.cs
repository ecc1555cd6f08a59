using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Documents.Report;
using ReportBuilder.Localization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;

namespace ReportBuilder.Tests.Documents.Report;

/// <summary>The annual report read back from its PDF bytes: page count, outline, contents links and page numbers,
/// list of figures, the synthetic mark, and the published figures in each language's format.</summary>
public sealed partial class ReportPdfTests(ReportSample sample) : IClassFixture<ReportSample>
{
    public static TheoryData<Language> EveryLanguage => [Languages.En, Languages.Fr, Languages.Nl];

    private static string Squash(string text) => WhiteSpace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void The_report_has_at_least_forty_pages_and_its_language(Language language)
    {
        using var pdf = PdfDocument.Open(sample.Pdf[language]);
        Assert.InRange(pdf.NumberOfPages, 40, 120);
        var raw = System.Text.Encoding.Latin1.GetString(sample.Pdf[language]);
        Assert.Contains("/Lang (" + language.Culture.Name + ")", raw, StringComparison.Ordinal);
        Assert.Equal(sample.Content[language].Title, pdf.Information.Title);
    }

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void The_outline_holds_the_codebook_chapters_and_sections(Language language)
    {
        using var pdf = PdfDocument.Open(sample.Pdf[language]);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots;
        var codebook = sample.Figures.Codebook;
        foreach (var chapter in codebook.Chapters)
        {
            var node = Assert.Single(roots, r => r.Title == chapter.Title[language]);
            var expected = codebook.Questions.Where(q => q.Chapter == chapter.Id).Select(q => q.Section).Distinct().Order()
                .Select(n => "#" + n.ToString("00", CultureInfo.InvariantCulture) + " " + codebook.SectionTitle(n)[language])
                .ToList();
            Assert.Equal(expected, node.Children.Select(c => c.Title).ToList());
            foreach (var child in node.Children)
            {
                // The outline points at the page where the section's heading is printed.
                var page = Assert.IsType<DocumentBookmarkNode>(child).PageNumber;
                Assert.Contains(Squash(child.Title), Squash(pdf.GetPage(page).Text), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void Every_contents_entry_links_to_the_page_it_prints_and_that_page_has_the_heading(Language language)
    {
        using var pdf = PdfDocument.Open(sample.Pdf[language]);
        var contents = ReportWords.Contents[language];
        var page = pdf.GetPages().First(p => p.GetWords().Take(12).Any(w => w.Text == contents.Split(' ')[0]) && p.Text.Contains(contents, StringComparison.Ordinal));
        var links = page.GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();
        var entries = sample.Content[language].Chapters.Where(c => c.InContents).ToList();
        var sections = entries.SelectMany(c => c.Sections.Where(s => s.InContents && s.Number is not null)).ToList();
        Assert.Equal(entries.Count + sections.Count, links.Count);
        var words = page.GetWords().ToList();
        foreach (var link in links)
        {
            var inside = words.Where(w => Inside(w, link)).ToList();
            var printed = int.Parse(inside[^1].Text, CultureInfo.InvariantCulture);
            var target = Assert.IsType<GoToAction>(link.Action).Destination.PageNumber;
            Assert.Equal(printed, target);
            var title = string.Concat(inside.Take(inside.Count - 1).Select(w => w.Text));
            Assert.Contains(Squash(title.Split('·')[^1]), Squash(pdf.GetPage(target).Text), StringComparison.Ordinal);
        }
        // Every numbered section of the codebook is listed.
        foreach (var number in sample.Figures.Codebook.Questions.Select(q => q.Section).Distinct())
        {
            Assert.Contains("#" + number.ToString("00", CultureInfo.InvariantCulture), page.Text, StringComparison.Ordinal);
        }
    }

    private static bool Inside(Word word, Annotation link) =>
        word.BoundingBox.Centroid.X >= link.Rectangle.Left && word.BoundingBox.Centroid.X <= link.Rectangle.Right
        && word.BoundingBox.Centroid.Y >= link.Rectangle.Bottom && word.BoundingBox.Centroid.Y <= link.Rectangle.Top;

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void The_list_of_figures_counts_every_captioned_chart(Language language)
    {
        using var pdf = PdfDocument.Open(sample.Pdf[language]);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        var list = roots.FindIndex(r => r.Title == ReportWords.Lists[language]);
        var (first, next) = (roots[list].PageNumber, roots[list + 1].PageNumber);
        var pattern = new Regex(Regex.Escape(ReportBuilder.Documents.Parts.PublicationWords.Figure[language]) + @"(\d+)—");
        var captions = new List<int>();
        var listed = new List<int>();
        foreach (var page in pdf.GetPages())
        {
            var numbers = pattern.Matches(Squash(page.Text)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            (page.Number >= first && page.Number < next ? listed : captions).AddRange(numbers);
        }
        Assert.NotEmpty(captions);
        Assert.Equal(Enumerable.Range(1, captions.Count), captions);
        Assert.Equal(sample.Content[language].Figures.Count, captions.Count);
        Assert.Equal(captions, listed);
    }

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void Every_page_carries_the_synthetic_mark(Language language)
    {
        using var pdf = PdfDocument.Open(sample.Pdf[language]);
        var mark = ReportBuilder.Documents.Parts.PublicationWords.SyntheticShort[language].ToUpper(language.Culture);
        foreach (var page in pdf.GetPages())
        {
            Assert.True(page.Text.Contains(mark, StringComparison.Ordinal), $"page {page.Number} has no synthetic mark");
        }
    }

    /// <summary>The 2018 figures of the reference (shared/reference/barometer-2018.md) that the sample reproduces:
    /// (kind, value) with kind "score" (x/10), "mean" (two decimals), "percent" (whole).</summary>
    private static readonly (string Kind, double Value)[] Published =
    [
        ("score", 3.64), ("mean", 3.53), ("mean", 3.72), ("mean", 4.00),
        ("mean", 4.80), ("mean", 4.42), ("mean", 4.29), ("mean", 3.00), ("mean", 2.68),
        ("score", 6.76), ("score", 6.68), ("score", 5.69),
        ("percent", 73), ("percent", 59), ("percent", 35), ("percent", 52), ("percent", 33), ("percent", 27), ("percent", 70),
        ("percent", 44), ("percent", 43), ("percent", 42), ("percent", 40),
        ("percent", 36), ("percent", 31), ("percent", 25), ("percent", 88), ("percent", 61),
    ];

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void The_published_2018_figures_appear_in_the_language_format(Language language)
    {
        using var pdf = PdfDocument.Open(sample.Pdf[language]);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        var comma = language != Languages.En;
        foreach (var (kind, value) in Published)
        {
            var number = kind == "percent"
                ? value.ToString("0", CultureInfo.InvariantCulture)
                : value.ToString("0.00", CultureInfo.InvariantCulture).Replace(".", comma ? "," : ".", StringComparison.Ordinal);
            var expected = kind switch
            {
                "score" => number + "/10",
                "percent" => number + (language == Languages.Fr ? "\u202F%" : "%"),
                _ => number,
            };
            Assert.True(text.Contains(expected, StringComparison.Ordinal), $"{expected} is not in the {language} report");
        }
        // Brussels' citizens involved as the publisher wrote it: a fraction, never a percentage of four.
        Assert.Contains("3/4", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_byte_identical_when_rendered_again()
    {
        var again = ReportDocument.Compose(sample.Inputs, Languages.Fr, sample.Fonts).GeneratePdf();
        Assert.Equal(sample.Pdf[Languages.Fr], again);
    }
}
