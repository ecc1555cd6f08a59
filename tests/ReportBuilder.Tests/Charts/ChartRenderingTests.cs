using ReportBuilder.Charts;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Charts;

public class ChartRenderingTests
{
    public static TheoryData<int, Language> Kinds()
    {
        var data = new TheoryData<int, Language>();
        for (var kind = 0; kind < SampleCharts.All(Languages.En).Count; kind++)
        {
            foreach (var language in Languages.All)
            {
                data.Add(kind, language);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_renders_to_byte_identical_png_twice(int kind, Language language)
    {
        var first = SampleCharts.All(language)[kind].ToPng(600, 375, 1.25f);
        var second = SampleCharts.All(language)[kind].ToPng(600, 375, 1.25f);

        Assert.Equal(first, second);
        using var bitmap = SKBitmap.Decode(first);
        Assert.Equal(600, bitmap.Width);
        Assert.Equal(375, bitmap.Height);
        // Something was drawn: a good share of the pixels is not white.
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 3)
        {
            for (var x = 0; x < bitmap.Width; x += 3)
            {
                inked += bitmap.GetPixel(x, y) == SKColors.White ? 0 : 1;
            }
        }
        Assert.True(inked > 500, $"only {inked} sampled pixels carry ink");
    }

    [Fact]
    public void Rendering_in_parallel_gives_the_same_bytes_as_rendering_in_turn()
    {
        var charts = Languages.All.SelectMany(SampleCharts.All).ToList();
        var sequential = charts.Select(c => c.ToPng(480, 300)).ToList();
        var parallel = new byte[charts.Count][];
        Parallel.For(0, charts.Count, i => parallel[i] = charts[i].ToPng(480, 300));

        for (var i = 0; i < charts.Count; i++)
        {
            Assert.Equal(sequential[i], parallel[i]);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("nl")]
    public void Labels_and_values_of_each_kind_appear_in_the_pdf_text(string languageCode)
    {
        var language = Languages.Get(languageCode);
        // One PDF with a page per chart kind (parsing one document per chart would embed Lato six times).
        var charts = SampleCharts.All(language);
        var pages = PdfPages(charts, 520, 340);
        for (var kind = 0; kind < charts.Count; kind++)
        {
            AssertLabelsAndValues(charts[kind], Squash(pages[kind]), language);
        }
    }

    private static void AssertLabelsAndValues(Chart chart, string text, Language language)
    {
        foreach (var row in chart.Table.Rows)
        {
            if (chart is ScaleDistributionChart && row.Label != ChartWords.Mean[language])
            {
                continue; // scale points are axis numbers; their shares are checked below
            }
            if (chart is ChoroplethMapChart)
            {
                // The map writes values, not names; an unpublished province is said once, in the legend.
                var value = row.Values[0].Replace("/10", "", StringComparison.Ordinal);
                Assert.Contains(Squash(value), text);
                continue;
            }
            // A long label may wrap or end in an ellipsis: its first word must be there.
            var firstWord = row.Label.Split(' ')[0];
            Assert.Contains(Squash(firstWord), text);
            Assert.Contains(Squash(row.Values[^1]), text);
        }
    }

    [Fact]
    public void Every_letter_is_set_in_the_bundled_lato_and_each_face_is_embedded_once()
    {
        using var pdf = PdfDocument.Open(ChartSheetTests.Sheet(Languages.Fr));
        var letters = pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();

        Assert.True(letters.Count > 300);
        Assert.All(letters, l => Assert.Contains("Lato", l.FontName ?? "", StringComparison.Ordinal));
        // Subset prefixes differ ("AAAAAA+Lato-Bold"); the face names after the '+' must not repeat.
        var embedded = letters.Select(l => l.FontName ?? "").Distinct().ToList();
        var faces = embedded.Select(n => n[(n.IndexOf('+', StringComparison.Ordinal) + 1)..]).ToList();
        Assert.Equal(faces.Count, faces.Distinct().Count());
    }

    [Fact]
    public void French_shares_are_written_with_a_narrow_no_break_space_that_the_font_can_draw()
    {
        var chart = SampleCharts.Associations(Languages.Fr);
        Assert.Equal("73\u202F%", chart.Table.Rows[0].Values[0]);
        Assert.True(ChartFonts.Regular.ContainsGlyph(0x202F));
        Assert.True(ChartFonts.Bold.ContainsGlyph(0x202F));
        var text = PdfText(chart, 520, 340);
        Assert.Contains("73", text);
        Assert.Contains("Digitalisation de la ville", text.Replace("\n", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Svg_export_is_an_svg_document_with_the_labels()
    {
        var svg = SampleCharts.Factors(Languages.Nl).ToSvg(400, 260);

        Assert.Contains("<svg", svg);
        Assert.Contains("Menselijk", svg);
        Assert.Contains("6,76/10", svg);
    }

    [Fact]
    public void Option_bars_are_sorted_by_share_and_unpublished_last()
    {
        var chart = new OptionBarsChart(Languages.En, "Test",
            [new("b", 0.2), new("hidden", null), new("a", 0.5), new("c", 0.2)]);

        Assert.Equal(["a", "b", "c", "hidden"], chart.Sorted.Select(i => i.Label));
        Assert.Equal(["50%", "20%", "20%", "not published"], chart.Table.Rows.Select(r => r.Values[0]));
    }

    [Fact]
    public void Alt_text_is_one_sentence_in_the_language()
    {
        Assert.Equal(
            "Horizontal bar chart “What “smart city” means”: Digitalisation of the city comes first with 73%, followed by "
            + "A shared overall view of the municipality’s challenges (59%) and Inclusive participation of citizens, public and "
            + "private actors (59%); 6 options in all.",
            SampleCharts.Associations(Languages.En).AltText);
        Assert.Equal("Podium «\u202FFacteurs dans la stratégie globale\u202F»\u202F: 1er Humain (6,76/10), 2e Institutionnel (6,68/10) et "
            + "3e Technologique (5,69/10).", SampleCharts.Factors(Languages.Fr).AltText);
        Assert.Equal("Ringdiagram ‘Smart City-doelstellingen geformaliseerd’: ja 35%, nee 65%.", SampleCharts.Objectives(Languages.Nl).AltText);
        Assert.StartsWith("Distribution of answers to “Progress towards a smart city” on a scale from 0 to 10: mean 3.64/10, "
            + "most frequent answer 3 (17%).", SampleCharts.Progress(Languages.En).AltText);
        foreach (var chart in Languages.All.SelectMany(SampleCharts.All))
        {
            Assert.EndsWith(".", chart.AltText);
            Assert.DoesNotMatch(@"(?<!\d)\. ", chart.AltText.TrimEnd('.')); // one sentence; German ordinals ("1. Human") are not an end
        }
    }

    [Fact]
    public void Grouped_bars_table_has_a_column_per_series_and_marks_unpublished_values()
    {
        var table = SampleCharts.BenefitsByRegion(Languages.Fr).Table;

        Assert.Equal(["Bénéfices observés", "Flandre", "Wallonie", "Bruxelles"], table.Headers);
        Assert.Equal("Réduction des coûts", table.Rows[1].Label);
        Assert.Equal(["33\u202F%", "28\u202F%", "non publié"], table.Rows[1].Values);
    }

    [Fact]
    public void Region_colours_are_fixed_and_distinct()
    {
        var regions = new[] { ChartScope.Belgium, ChartScope.Flanders, ChartScope.Wallonia, ChartScope.Brussels }
            .Select(ChartTheme.ColorOf).ToList();
        Assert.Equal(regions.Count, regions.Distinct().Count());
        Assert.Equal(new SKColor(0xE6, 0x9F, 0x00), ChartTheme.ColorOf(ChartScope.Flanders));
    }

    internal static string PdfText(Chart chart, float width, float height) => PdfPages([chart], width, height)[0];

    /// <summary>Draws each chart on its own PDF page (through SKDocument, as the layout engine will) and reads
    /// every page's words back with PdfPig.</summary>
    internal static IReadOnlyList<string> PdfPages(IReadOnlyList<Chart> charts, float width, float height)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, SKDocumentPdfMetadata.Default))
        {
            foreach (var chart in charts)
            {
                var canvas = document.BeginPage(width + 40, height + 40);
                canvas.Translate(20, 20);
                chart.Draw(canvas, width, height);
                document.EndPage();
            }
            document.Close();
        }
        using var pdf = PdfDocument.Open(stream.ToArray());
        return [.. pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
    }

    internal static string Squash(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '\u00A0')]);
}
