using System.Globalization;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using SkiaSharp;

namespace ReportBuilder.Layout.Tests.Support;

/// <summary>A small report used by the output tests: a cover without header and footer, a table of
/// contents with section page numbers and links, chapters of paragraphs, "Page X of Y" footers.</summary>
internal static class SampleDocument
{
    public static readonly SKColor Navy = new(0x1B, 0x3A, 0x5C);

    public const string Paragraph =
        "Smart City strategies are taking shape across Belgium: 35\u00A0% of the municipalities have one. " +
        "Municipalities with a dedicated team report more projects, and the larger the municipality, the more " +
        "likely it is to work with universities, companies and citizens. Co\u00ADope\u00ADra\u00ADtion between " +
        "neighbouring municipalities remains rare, although inter\u00ADmu\u00ADni\u00ADci\u00ADpal structures exist.";

    public static IReadOnlyList<string> Chapters { get; } =
        ["Introduction", "Strategies", "Projects", "Actors", "Obstacles", "Outlook"];

    public static Document Create(FontLibrary fonts, int paragraphsPerChapter = 6) => Document.Create(fonts, doc =>
    {
        doc.Metadata(new DocumentMetadata
        {
            Title = "Smart City barometer",
            Author = "Smart City Institute",
            Subject = "Test document",
            Keywords = "smart city, barometer",
            Language = "en-BE",
            Creator = "ReportBuilder tests",
            CreationDate = new DateTime(2018, 6, 1, 9, 0, 0, DateTimeKind.Utc),
            ModifiedDate = new DateTime(2018, 6, 2, 9, 0, 0, DateTimeKind.Utc),
        });
        doc.Page(page =>
        {
            page.Margin(60);
            page.Background().Background(Navy);
            page.Content().PaddingTop(200).Column(col =>
            {
                col.Item().Text("Smart City barometer").FontSize(40).Black().FontColor(SKColors.White);
                col.Item().Text("2018 edition").FontSize(24).Light().FontColor(SKColors.White);
            });
        });
        doc.Page(page =>
        {
            page.Margin(50, 40, 50, 40);
            page.DefaultTextStyle(s => s.FontSize(10.5f).LineHeight(1.35f));
            page.Header().BorderBottom(0.5f, Navy).PaddingBottom(4).Text("Smart City barometer 2018").FontSize(8).FontColor(Navy);
            page.Footer().AlignCenter().Text(t =>
            {
                t.DefaultTextStyle(s => s.FontSize(8));
                t.Span("Page ");
                t.CurrentPageNumber();
                t.Span(" of ");
                t.TotalPages();
            });
            page.Content().PaddingVertical(12).Column(col =>
            {
                col.Spacing(8);
                col.Item().Bookmark("Contents").Text("Contents").FontSize(20).Bold().FontColor(Navy);
                for (var i = 0; i < Chapters.Count; i++)
                {
                    var name = Chapters[i];
                    col.Item().SectionLink(SectionName(i)).Row(row =>
                    {
                        row.RelativeItem().Text($"{i + 1}. {name}");
                        row.AutoItem().Text(t => t.PageNumberOfSection(SectionName(i)));
                    });
                }
                for (var i = 0; i < Chapters.Count; i++)
                {
                    col.Item().PageBreak();
                    col.Item().Section(SectionName(i)).Bookmark(Chapters[i]).Text($"{i + 1}. {Chapters[i]}").FontSize(18).Bold().FontColor(Navy);
                    for (var p = 0; p < paragraphsPerChapter; p++)
                    {
                        if (p == 2)
                        {
                            col.Item().Bookmark($"{Chapters[i]} in figures", 1).Text("In figures").FontSize(13).SemiBold();
                        }
                        col.Item().Text(Paragraph).Justify();
                    }
                }
                col.Item().Text(t =>
                {
                    t.Span("More at ");
                    t.Hyperlink("smartcityinstitute.be", "https://www.smartcityinstitute.be/").Underline().FontColor(SKColors.Blue);
                    t.Span(".");
                });
            });
        });
    });

    public static string SectionName(int chapter) => string.Create(CultureInfo.InvariantCulture, $"chapter-{chapter + 1}");
}
