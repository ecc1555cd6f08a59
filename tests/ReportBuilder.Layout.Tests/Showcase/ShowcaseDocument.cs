using System.Globalization;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Layout.Images;
using ReportBuilder.Layout.Text;
using SkiaSharp;
using static ReportBuilder.Layout.Tests.Showcase.ShowcaseArt;

namespace ReportBuilder.Layout.Tests.Showcase;

/// <summary>
/// A designed, multi-page document that uses every element of the engine: a cover without header or
/// footer, running headers and footers with "page n of N", a table of contents with real page numbers and
/// links, text styles, lists, a table over pages with a repeated header, spans, images (fit, fill, crop),
/// a canvas chart, layers, aspect ratio, scale-to-fit, lines, links, bookmarks, EnsureSpace and ShowEntire.
/// </summary>
internal static class ShowcaseDocument
{
    public static readonly (string Name, string Title)[] Chapters =
    [
        ("typography", "1  Typography"),
        ("tables", "2  Tables"),
        ("graphics", "3  Graphics"),
        ("pagination", "4  Pagination and navigation"),
    ];

    private static readonly string[] Provinces =
        ["Antwerp", "Limburg", "East Flanders", "Flemish Brabant", "West Flanders", "Walloon Brabant", "Hainaut", "Liège", "Luxembourg", "Namur", "Brussels"];

    private static readonly string[] TableTitles = ["#", "Municipality", "Province", "Inhabitants", "Score /10"];

    private static readonly string[] SpanLabels = ["n", "%", "n", "%"];

    private static readonly string[] Syllables = ["Ber", "ka", "mel", "ho", "ven", "dries", "lo", "gem", "wer", "beek", "zel", "la", "ter", "mont", "sart", "ville"];

    public static Document Create(FontLibrary fonts, RasterImage logo, RasterImage landscape) => Document.Create(fonts, doc =>
    {
        doc.Metadata(new DocumentMetadata
        {
            Title = "ReportBuilder.Layout — a showcase",
            Author = "ReportBuilder",
            Subject = "Every element of the document engine",
            Keywords = "layout, pdf, skia",
            Language = "en-BE",
            Creator = "ReportBuilder.Layout.Tests",
            CreationDate = new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc),
            ModifiedDate = new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc),
        });
        doc.Page(page => Cover(page, logo));
        doc.Page(page => Body(page, fonts, logo, landscape));
    });

    private static TextStyle Base => TextStyle.Default.FontFamily("Lato").FontSize(10).FontColor(Ink).LineHeight(1.35f);

    private static void Cover(PageDescriptor page, RasterImage logo)
    {
        page.Size(PageSizes.A4);
        page.Margin(0);
        page.DefaultTextStyle(Base);
        page.Background().Canvas(ShowcaseArt.Cover);
        page.Content().Padding(64).Column(col =>
        {
            col.Item().Width(72).Image(logo).FitWidth();
            col.Item().Height(300);
            col.Item().Text("ReportBuilder.Layout").FontSize(40).Black().FontColor(SKColors.White);
            col.Item().PaddingTop(6).Text("A document engine on SkiaSharp — every element, on one set of pages")
                .FontSize(15).Light().FontColor(SKColors.White.WithAlpha(0xDD));
            col.Item().PaddingTop(36).Text(t =>
            {
                t.DefaultTextStyle(s => s.FontSize(10).FontColor(SKColors.White.WithAlpha(0xB0)).LetterSpacing(0.12f));
                t.Span("SHOWCASE  ·  26 NOVEMBER 2026");
            });
            col.Item().ExtendVertical().AlignBottom().Text(t =>
            {
                t.DefaultTextStyle(s => s.FontSize(8.5f).FontColor(SKColors.White.WithAlpha(0x99)));
                t.Span("Columns, rows, tables, text, images, canvas drawings, layers and links, laid out in two passes.");
            });
        });
    }

    private static void Body(PageDescriptor page, FontLibrary fonts, RasterImage logo, RasterImage landscape)
    {
        page.Size(PageSizes.A4);
        page.Margin(56, 40, 56, 36);
        page.DefaultTextStyle(Base);
        page.Header().PaddingBottom(14).Column(header =>
        {
            header.Item().Row(row =>
            {
                row.ConstantItem(16).Height(16).Image(logo).FitArea();
                row.RelativeItem().PaddingLeft(6).AlignMiddle().Text("ReportBuilder.Layout").FontSize(8.5f).SemiBold().FontColor(Navy);
                row.AutoItem().AlignMiddle().Text("Showcase of elements").FontSize(8.5f).FontColor(Muted);
            });
            header.Item().PaddingTop(6).LineHorizontal(0.6f, Rule);
        });
        page.Footer().PaddingTop(10).Row(row =>
        {
            row.RelativeItem().Text(t =>
            {
                t.DefaultTextStyle(s => s.FontSize(8).FontColor(Muted));
                t.Span("Generated with ReportBuilder.Layout · ");
                t.SectionLink("Contents", "contents").FontColor(Teal);
            });
            row.AutoItem().Text(t =>
            {
                t.DefaultTextStyle(s => s.FontSize(8).FontColor(Muted));
                t.Span("Page ");
                t.CurrentPageNumber().SemiBold().FontColor(Navy);
                t.Span(" of ");
                t.TotalPages();
            });
        });
        page.Content().Column(col =>
        {
            col.Spacing(10);
            Contents(col.Item());
            col.Item().PageBreak();
            Typography(col);
            col.Item().PageBreak();
            Tables(col);
            col.Item().PageBreak();
            Graphics(col, fonts, landscape);
            col.Item().PageBreak();
            Pagination(col);
        });
    }

    private static void Heading(IContainer container, string section, string title, string lead)
    {
        container.Section(section).Bookmark(title).PaddingBottom(6).Column(col =>
        {
            col.Item().Row(row =>
            {
                row.ConstantItem(5).Background(Teal, 2);
                row.RelativeItem().PaddingLeft(12).Text(title).FontSize(22).Bold().FontColor(Navy);
            });
            col.Item().PaddingTop(6).PaddingLeft(17).Text(lead).FontSize(11).Light().FontColor(Muted);
        });
    }

    private static void Subheading(IContainer container, string title) =>
        container.PaddingTop(8).Text(title).FontSize(13).SemiBold().FontColor(Navy);

    private static void Contents(IContainer container)
    {
        container.Section("contents").Column(col =>
        {
            col.Item().PaddingTop(40).Text("Contents").FontSize(30).Black().FontColor(Navy);
            col.Item().PaddingTop(4).PaddingBottom(24).Width(48).LineHorizontal(3, Amber);
            foreach (var (name, title) in Chapters)
            {
                col.Item().SectionLink(name).BorderBottom(0.5f, Rule).PaddingVertical(9).Row(row =>
                {
                    row.RelativeItem().Text(title).FontSize(13).FontColor(Ink);
                    row.ConstantItem(40).AlignRight().Text(t =>
                    {
                        t.AlignRight();
                        t.PageNumberOfSection(name).FontSize(13).SemiBold().FontColor(Teal);
                    });
                });
            }
            col.Item().PaddingTop(30).Background(Mist, 6).Padding(16).Text(t =>
            {
                t.DefaultTextStyle(s => s.FontSize(9.5f).FontColor(Muted));
                t.Span("How to read this document. ").SemiBold().FontColor(Navy);
                t.Span("Every page after this one is composed with the fluent API and laid out in two passes: the first counts pages and finds where each section starts, so that the numbers above and the “page n of N” in the footer are real. The entries above are links.");
            });
        });
    }

    private static void Typography(ColumnDescriptor col)
    {
        Heading(col.Item(), "typography", Chapters[0].Title, "Paragraphs of styled spans, shaped with HarfBuzz, broken into lines and split over pages.");
        col.Item().Text(t =>
        {
            t.Justify();
            t.Span("Text is measured from shaped glyphs, so kerning pairs such as AV, To and Wa sit as the type designer meant. A paragraph mixes ");
            t.Span("bold").Bold();
            t.Span(", ");
            t.Span("italic").Italic();
            t.Span(", ");
            t.Span("semibold colour").SemiBold().FontColor(Teal);
            t.Span(", ");
            t.Span("underlined").Underline();
            t.Span(" and ");
            t.Span("struck-through").Strikethrough();
            t.Span(" spans, and superscripts for units such as km");
            t.Span("2").Superscript();
            t.Span(". Numbers keep their spaces: 35\u202F% and 1\u00A0250 inhabitants never break across lines.");
        });
        col.Item().Text("Justified text with soft hyphens: the municipal\u00ADities that answered the baro\u00ADmeter describe their smart-city strat\u00ADegies, their data plat\u00ADforms and the partici\u00ADpation of their inhab\u00ADitants; where a line breaks at a soft hyphen, a visible hyphen appears, and nowhere else.")
            .Justify();
        Subheading(col.Item(), "Lists");
        col.Item().Row(row =>
        {
            row.Spacing(24);
            row.RelativeItem().List(list =>
            {
                list.Bulleted();
                list.Item().Text("Bullets hang in an indent column");
                list.Item().Text("Long items wrap under their own text, not under the bullet, as this one shows");
                list.Item().Column(nested =>
                {
                    nested.Item().Text("Lists nest, with their own marker:");
                    nested.Item().PaddingTop(3).List(inner =>
                    {
                        inner.Bulleted("\u2013");
                        inner.Item().Text("provinces");
                        inner.Item().Text("municipalities");
                    });
                });
            });
            row.RelativeItem().List(list =>
            {
                list.Numbered().MarkerStyle(TextStyle.Default.SemiBold().FontColor(Teal));
                list.Item().Text("Collect the responses");
                list.Item().Text("Correct and validate them");
                list.Item().Text("Compute the figures per province");
                list.Item().Text("Publish in three languages");
            });
        });
        Subheading(col.Item(), "Type scale");
        col.Item().Background(Mist, 6).Padding(14).Column(scale =>
        {
            scale.Spacing(4);
            scale.Item().Text("Black 24 — Smart cities").FontSize(24).Black().FontColor(Navy);
            scale.Item().Text("Bold 16 — Digital services for citizens").FontSize(16).Bold();
            scale.Item().Text("Regular 11 — Open data and participation platforms").FontSize(11);
            scale.Item().Text("Light 11 italic — a quieter voice for asides").FontSize(11).Light().Italic();
            scale.Item().Text("SEMIBOLD 8 WITH LETTER SPACING").FontSize(8).SemiBold().LetterSpacing(0.15f).FontColor(Muted);
        });
        col.Item().ShowEntire().Border(0.8f, Teal, 6).Padding(14).Column(box =>
        {
            box.Item().Text("Kept together").SemiBold().FontColor(Teal);
            box.Item().PaddingTop(4).Text("This box uses ShowEntire: if it did not fit whole at the bottom of a page it would move to the next one instead of being split.");
        });
    }

    private static string MunicipalityName(int i)
    {
        var a = Syllables[i * 7 % Syllables.Length];
        var b = Syllables[((i * 3) + 5) % Syllables.Length].ToLowerInvariant();
        var c = i % 3 == 0 ? Syllables[((i * 11) + 2) % Syllables.Length].ToLowerInvariant() : string.Empty;
        var name = a + b + c;
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static void Tables(ColumnDescriptor col)
    {
        Heading(col.Item(), "tables", Chapters[1].Title, "Constant and relative columns, a header repeated on every page, zebra rows; rows are never cut.");
        col.Item().Table(table =>
        {
            table.ColumnsDefinition(c => c.ConstantColumn(34).RelativeColumn(3).RelativeColumn(3).RelativeColumn(2).RelativeColumn(2));
            table.CellPadding(5).HeaderBackground(Navy).ZebraRows(Mist).RowLines(0.4f, Rule);
            table.Header(h =>
            {
                foreach (var title in TableTitles)
                {
                    var text = h.Cell().Text(title);
                    if (title is "Inhabitants" or "Score /10")
                    {
                        text.AlignRight();
                    }
                    text.FontSize(8.5f).SemiBold().FontColor(SKColors.White);
                }
            });
            for (var i = 1; i <= 64; i++)
            {
                var inhabitants = 2_000 + (i * 7_919 % 98_000);
                var score = 3 + (i * 37 % 65 / 10.0);
                table.Cell().Text(i.ToString(CultureInfo.InvariantCulture)).FontSize(8.5f).FontColor(Muted);
                table.Cell().Text(MunicipalityName(i)).FontSize(9);
                table.Cell().Text(Provinces[i % Provinces.Length]).FontSize(9).FontColor(Muted);
                table.Cell().Text(inhabitants.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", "\u202F", StringComparison.Ordinal)).AlignRight().FontSize(9);
                var scoreText = table.Cell().Text(score.ToString("0.0", CultureInfo.InvariantCulture)).AlignRight();
                scoreText.FontSize(9).SemiBold().FontColor(score >= 7 ? Teal : score < 4.5 ? Coral : Ink);
            }
        });
        Subheading(col.Item(), "Spans and a full grid");
        col.Item().Table(table =>
        {
            table.ColumnsDefinition(c => c.RelativeColumn(2).RelativeColumn(2).RelativeColumn().RelativeColumn().RelativeColumn().RelativeColumn());
            table.CellPadding(5).Borders(0.5f, Rule).HeaderBackground(Mist);
            table.Header(h =>
            {
                h.Cell().RowSpan(2).AlignMiddle().Text("Region").SemiBold();
                h.Cell().RowSpan(2).AlignMiddle().Text("Province").SemiBold();
                h.Cell().ColumnSpan(2).AlignCenter().Text("2018").SemiBold().FontColor(Navy);
                h.Cell().ColumnSpan(2).AlignCenter().Text("2019").SemiBold().FontColor(Teal);
                foreach (var label in SpanLabels)
                {
                    h.Cell().AlignRight().Text(label).FontColor(Muted);
                }
            });
            var rows = new (string Region, string[] Provinces)[]
            {
                ("Flanders", ["Antwerp", "Limburg", "East Flanders"]),
                ("Wallonia", ["Hainaut", "Liège"]),
                ("Brussels", ["Brussels"]),
            };
            var k = 0;
            foreach (var (region, provinces) in rows)
            {
                table.Cell().RowSpan(provinces.Length).AlignMiddle().Text(region).SemiBold().FontColor(Navy);
                foreach (var province in provinces)
                {
                    k++;
                    table.Cell().Text(province);
                    table.Cell().AlignRight().Text((12 + (k * 7 % 30)).ToString(CultureInfo.InvariantCulture));
                    table.Cell().AlignRight().Text((30 + (k * 13 % 50)).ToString(CultureInfo.InvariantCulture) + "\u00A0%");
                    table.Cell().AlignRight().Text((14 + (k * 5 % 30)).ToString(CultureInfo.InvariantCulture));
                    table.Cell().AlignRight().Text((35 + (k * 11 % 50)).ToString(CultureInfo.InvariantCulture) + "\u00A0%").SemiBold().FontColor(Teal);
                }
            }
        });
    }

    private static void Graphics(ColumnDescriptor col, FontLibrary fonts, RasterImage landscape)
    {
        Heading(col.Item(), "graphics", Chapters[2].Title, "Vector drawings on a canvas, raster images sized from their resolution, layers and boxes of fixed proportions.");
        Subheading(col.Item(), "A chart drawn on a canvas");
        var face = fonts.Get("Lato");
        (string, double)[] shares = [("Mobility", 72), ("Open data", 64), ("Energy", 51), ("Participation", 47), ("Safety", 38), ("Health", 29)];
        col.Item().Height(170).Canvas((canvas, size) => BarChart(canvas, size, face, shares));
        col.Item().Text("Share of municipalities with a project in each domain. The bars are Skia paths drawn by a callback that receives the canvas and the size of its box: the way ScottPlot charts and maps are drawn as vectors.")
            .FontSize(8.5f).Italic().FontColor(Muted);

        Subheading(col.Item(), "One image, three ways");
        col.Item().Row(row =>
        {
            row.Spacing(12);
            Figure(row.RelativeItem(), "FitArea: whole image, proportions kept", c => c.Image(landscape).FitArea());
            Figure(row.RelativeItem(), "FillArea: the box covered, edges cropped", c => c.Image(landscape).FillArea());
            Figure(row.RelativeItem(), "Crop: a region of the pixels", c => c.Image(landscape).Crop(new SKRectI(380, 90, 560, 210)).FillArea());
        });

        Subheading(col.Item(), "Layers, proportions and scaling");
        col.Item().Row(row =>
        {
            row.Spacing(12);
            row.RelativeItem(3).Layers(layers =>
            {
                layers.Layer().Canvas(Pattern);
                layers.PrimaryLayer().Padding(16).PaddingRight(40).Column(card =>
                {
                    card.Item().Text("Layers").FontSize(14).Bold().FontColor(Navy);
                    card.Item().PaddingTop(4).Text("A canvas pattern below, this text as the primary layer that sets the size, and a badge above.");
                });
                layers.Layer().AlignTop().AlignRight().Padding(8).Background(Amber, 8).PaddingHorizontal(7).PaddingVertical(2)
                    .Text("NEW").FontSize(7).Bold().FontColor(Navy);
            });
            row.RelativeItem(2).AspectRatio(16f / 9).Background(Navy, 6).AlignCenter().AlignMiddle().Text("16 : 9").FontSize(18).Light().FontColor(SKColors.White);
        });
        col.Item().Row(row =>
        {
            row.Spacing(12);
            row.RelativeItem().Height(40).Border(0.5f, Rule, 4).Padding(6).ScaleToFit()
                .Text("ScaleToFit shrinks this long sentence until it fits its small box whole, instead of overflowing it.").FontSize(14);
            row.ConstantItem(1).Height(40).LineVertical(1, Rule);
            row.RelativeItem().Height(40).AlignMiddle().Column(lines =>
            {
                lines.Spacing(6);
                lines.Item().LineHorizontal(0.5f, Rule);
                lines.Item().LineHorizontal(1.5f, Teal);
                lines.Item().LineHorizontal(3, Amber);
            });
        });
    }

    private static void Figure(IContainer container, string caption, Action<IContainer> image)
    {
        container.Column(figure =>
        {
            image(figure.Item().Height(110).Background(Mist, 4));
            figure.Item().PaddingTop(4).Text(caption).FontSize(8).FontColor(Muted);
        });
    }

    private static void Pagination(ColumnDescriptor col)
    {
        Heading(col.Item(), "pagination", Chapters[3].Title, "Where content starts and ends, and how readers move through the document.");
        col.Item().Text(t =>
        {
            t.Span("Links: the entries of the ");
            t.SectionLink("contents", "contents").FontColor(Teal).Underline();
            t.Span(" jump to their chapters, ");
            t.SectionLink("the tables chapter", "tables").FontColor(Teal).Underline();
            t.Span(" is one click away, and ");
            t.Hyperlink("example.org", "https://example.org/").FontColor(Teal).Underline();
            t.Span(" opens in a browser. Chapters are PDF bookmarks, so the outline of a reader lists them.");
        });
        for (var i = 1; i <= 6; i++)
        {
            col.Item().EnsureSpace(90).Column(block =>
            {
                block.Item().Text($"EnsureSpace block {i}").FontSize(12).SemiBold().FontColor(Navy);
                block.Item().PaddingTop(3).Text("A heading and its paragraph are wrapped in EnsureSpace(90): when less than 90 points are left on a page the heading moves to the next page with its text, so that no heading ever ends a page alone. The paragraphs themselves still split line by line, with widow and orphan control, when they are long enough to need it. This sentence is here to make the paragraph long enough to span several lines on an A4 page.")
                    .Justify();
            });
        }
        col.Item().ShowOnce().Background(Mist, 6).Padding(12).Text("ShowOnce: this note appears once, however the content around it is repeated.")
            .FontSize(9).Italic().FontColor(Muted);
        col.Item().ShowIf(false).Text("ShowIf(false): never shown.");
    }
}
