using ReportBuilder.Charts;
using ReportBuilder.Documents.Design;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Layout.Images;
using ReportBuilder.Localization;
using SkiaSharp;

namespace ReportBuilder.Documents.Infographic;

/// <summary>
/// Renders an <see cref="InfographicContent"/> as one tall page (210 × 630 mm): a navy head with the title, the
/// numbered sections of panels on a two-column grid (each panel a pictogram, a heading, a big number with one line,
/// and a small chart), and a footer with the source, the sample, the data version and the synthetic mark.
/// The same document gives the PDF, the PNGs and the SVG.
/// </summary>
public static class InfographicDocument
{
    /// <summary>The page: A4's width, three times as tall (210 × 630 mm, 1:3), a strip that reads on a phone and
    /// prints as a poster.</summary>
    public static Size PageSize { get; } = new(595.28f, 1785.83f);

    /// <summary>The width of the web PNG, in pixels.</summary>
    public const int WebWidth = 1080;

    private const float Margin = 40;
    private const float Gutter = 14;
    private const float IconSize = 22;
    private const float BigNumber = 32;
    private const float PanelPadding = 12;

    /// <summary>The resolution that gives a PNG exactly <paramref name="pixels"/> wide.</summary>
    public static float DpiForWidth(int pixels)
    {
        var dpi = pixels * 72f / PageSize.Width;
        while ((int)Math.Ceiling(PageSize.Width * (dpi / 72f)) > pixels)
        {
            dpi = MathF.BitDecrement(dpi);
        }
        return dpi;
    }

    /// <summary>Composes the layout document of <paramref name="content"/>.</summary>
    public static Document Compose(InfographicContent content, InfographicIcons icons, FontLibrary fonts, DateTime date)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(icons);
        var language = content.Language;
        return Document.Create(fonts, doc =>
        {
            doc.Metadata(Parts.PublicationMetadata.Of($"{content.Title} — {content.Subtitle}", content.Publisher, content.Subtitle, "smart city; Belgium; barometer; infographic; " + content.Edition, language, date));
            doc.Page(page =>
            {
                // As tall as the plan needs: the page grows (up to twice its height) rather than cut or shrink a section.
                page.Size(PageSize).GrowToFit(2 * PageSize.Height);
                page.Margin(0);
                page.DefaultTextStyle(TextStyles.Body);
                Head(page.Header(), content);
                // One page or none: content that does not fit even then is a layout error naming the element, never a second page.
                page.Content().ShowEntire().PaddingHorizontal(Margin).PaddingTop(6).Column(col =>
                {
                    foreach (var section in content.Sections)
                    {
                        Section(col.Item().PaddingTop(18), section, icons, language);
                    }
                });
                Foot(page.Footer(), content);
            });
        });
    }

    private static void Head(IContainer container, InfographicContent content)
    {
        var language = content.Language;
        container.Background(Theme.Navy).Padding(Margin, 26, Margin, 22).Column(col =>
        {
            col.Item().Row(row =>
            {
                row.RelativeItem().Text(language.Capitals(content.Publisher)).FontSize(TextStyles.SmallSize).Bold()
                    .LetterSpacing(0.12f).FontColor(Theme.White.WithAlpha(0xCC));
                if (content.IsSynthetic)
                {
                    SyntheticMark.Badge(row.AutoItem().PaddingLeft(8), language);
                }
            });
            col.Item().PaddingTop(14).Width(28).Height(3).Background(Theme.Teal);
            col.Item().PaddingTop(8).Text(content.Title).FontSize(TextStyles.H1Size - 2).Black().LineHeight(1.05f).FontColor(Theme.White);
            col.Item().PaddingTop(6).Text(content.Subtitle).FontSize(TextStyles.H2Size).Light().FontColor(LightTeal);
            col.Item().PaddingTop(10).Text(content.Survey).FontSize(TextStyles.CaptionSize + 0.5f).FontColor(Theme.White.WithAlpha(0xB0));
        });
    }

    /// <summary>Teal lightened for text on navy (the report cover's).</summary>
    private static SKColor LightTeal { get; } = new(0x8F, 0xD3, 0xC6);

    private static void Section(IContainer container, InfographicSection section, InfographicIcons icons, Language language)
    {
        container.Column(col =>
        {
            col.Spacing(12);
            SectionBanner.Compose(col.Item(), section.Number, section.Title, TextStyles.H2Size + 2);
            var rows = new List<List<Panel>>();
            var used = section.Columns;
            foreach (var panel in section.Panels)
            {
                if (used + panel.Span > section.Columns)
                {
                    rows.Add([]);
                    used = 0;
                }
                rows[^1].Add(panel);
                used += panel.Span;
            }
            foreach (var panels in rows)
            {
                col.Item().Row(row =>
                {
                    row.Spacing(Gutter);
                    foreach (var panel in panels)
                    {
                        Card(row.RelativeItem(panel.Span), panel, icons, language);
                    }
                    var left = section.Columns - panels.Sum(p => p.Span);
                    if (left > 0)
                    {
                        row.RelativeItem(left);
                    }
                });
            }
        });
    }

    private static void Card(IContainer container, Panel panel, InfographicIcons icons, Language language)
    {
        container.Background(Theme.Tint, 3).Padding(PanelPadding).Column(col =>
        {
            col.Spacing(9);
            col.Item().Row(row =>
            {
                row.Spacing(8);
                row.ConstantItem(IconSize).Height(IconSize).Svg(icons[panel.Icon].WithCurrentColor(Theme.Teal));
                row.RelativeItem().AlignMiddle().Text(language.Capitals(panel.Heading)).FontSize(TextStyles.SmallSize).Bold()
                    .LetterSpacing(0.08f).FontColor(Theme.Teal).LineHeight(1.2f);
            });
            switch (panel)
            {
                case ResponsePanel response:
                    ResponseBody(col, response, icons);
                    break;
                case TopPanel top:
                    KeyNumberTile.Compose(col.Item(), top.Headline, numberSize: BigNumber, framed: false, labelSize: TextStyles.H3Size);
                    ScopeBars(col.Item().PaddingTop(2), top.Scopes);
                    break;
                case PodiumPanel podium:
                    Podium(col.Item(), podium);
                    break;
                case ScorePanel score:
                    ScoreBody(col, score);
                    break;
                case SharesPanel shares:
                    Rings(col.Item(), shares);
                    break;
                case RegionsPanel regions:
                    KeyNumberTile.Compose(col.Item(), regions.Headline, numberSize: BigNumber, framed: false, labelSize: TextStyles.H3Size);
                    Pictograms(col.Item(), regions.Scopes, icons);
                    break;
                case RankingPanel ranking:
                    RankingBody(col, ranking);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown panel {panel.GetType().Name}.");
            }
        });
    }

    private static SKColor ColourOf(ScopeValue scope) => ChartTheme.ColorOf(scope.Colour);

    private static void ResponseBody(ColumnDescriptor col, ResponsePanel panel, InfographicIcons icons)
    {
        col.Item().Row(row =>
        {
            row.Spacing(Gutter + PanelPadding);
            row.RelativeItem().Column(left =>
            {
                left.Spacing(12);
                left.Item().Row(numbers =>
                {
                    numbers.Spacing(Gutter);
                    KeyNumberTile.Compose(numbers.RelativeItem(), panel.Rate, numberSize: BigNumber + 6, framed: false, labelSize: TextStyles.H3Size);
                    KeyNumberTile.Compose(numbers.RelativeItem(), panel.Respondents, numberSize: BigNumber + 6, framed: false, labelSize: TextStyles.H3Size);
                });
                left.Item().BorderTop(0.6f, Theme.Rule).PaddingTop(10).Row(line =>
                {
                    line.Spacing(6);
                    line.ConstantItem(14).Height(14).Svg(icons[InfographicIcons.Check].WithCurrentColor(Theme.Teal));
                    line.RelativeItem().Column(words =>
                    {
                        words.Item().Text(panel.Representativeness).FontSize(TextStyles.H3Size).SemiBold().FontColor(Theme.Navy).LineHeight(1.3f);
                        words.Item().PaddingTop(2).Text(panel.Method).FontSize(TextStyles.SmallSize).FontColor(Theme.Muted).LineHeight(1.3f);
                    });
                });
            });
            row.RelativeItem().Column(right =>
            {
                right.Spacing(6);
                right.Item().Height(DotsHeight(panel)).Canvas((canvas, size) => Dots(canvas, size, panel));
                right.Item().Row(legend =>
                {
                    legend.Spacing(8);
                    foreach (var (scope, _, _) in panel.Dots)
                    {
                        legend.AutoItem().Text(t =>
                        {
                            t.DefaultTextStyle(s => s.FontSize(TextStyles.SmallSize).LineHeight(1.2f));
                            t.Span("● ").FontColor(ColourOf(scope));
                            t.Span(scope.Name + " ").FontColor(Theme.Text);
                            t.Span(scope.Text).Bold().FontColor(Theme.Navy);
                        });
                    }
                });
                right.Item().Text(panel.DotLegend).FontSize(TextStyles.SmallSize).FontColor(Theme.Muted).LineHeight(1.3f);
            });
        });
    }

    private const int DotColumns = 31;
    private const float DotStep = 7f;

    private static float DotsHeight(ResponsePanel panel)
    {
        var total = panel.Dots.Sum(d => d.Frame);
        return ((total + DotColumns - 1) / DotColumns * DotStep) + 2;
    }

    /// <summary>One dot per municipality of the frame, region after region; those that answered in the region's colour.</summary>
    private static void Dots(SKCanvas canvas, Size size, ResponsePanel panel)
    {
        if (CanvasFaces.IsLayoutPass)
        {
            return;
        }
        using var paint = new SKPaint { IsAntialias = true };
        var step = Math.Min(DotStep, size.Width / DotColumns);
        var i = 0;
        foreach (var (scope, respondents, frame) in panel.Dots)
        {
            for (var k = 0; k < frame; k++, i++)
            {
                paint.Color = k < respondents ? ColourOf(scope) : ChartTheme.Remainder;
                canvas.DrawCircle((step / 2) + (i % DotColumns * step), (step / 2) + (i / DotColumns * step), step * 0.36f, paint);
            }
        }
    }

    /// <summary>A bar per scope in its colour: name, bar on a light track, value.</summary>
    private static void ScopeBars(IContainer container, IReadOnlyList<ScopeValue> scopes)
    {
        container.Column(col =>
        {
            col.Spacing(5);
            foreach (var scope in scopes)
            {
                col.Item().Row(row =>
                {
                    row.Spacing(6);
                    row.ConstantItem(62).Text(scope.Name).FontSize(TextStyles.CaptionSize).FontColor(Theme.Text).LineHeight(1.2f);
                    row.RelativeItem().AlignMiddle().Height(8).Canvas((canvas, size) => Bar(canvas, size, scope.Value, ColourOf(scope), counted: scope.Count is not null));
                    row.ConstantItem(58).AlignRight().Text(scope.Text).FontSize(TextStyles.CaptionSize).Bold().FontColor(Theme.Navy).LineHeight(1.2f);
                });
            }
        });
    }

    /// <summary>A share's bar on a light track; a small group's count (<paramref name="counted"/>) is a hollow ring on the
    /// track, never a bar (see <see cref="Analysis.FigureDisplay.Counted"/>).</summary>
    private static void Bar(SKCanvas canvas, Size size, double? share, SKColor colour, bool counted = false)
    {
        if (CanvasFaces.IsLayoutPass)
        {
            return;
        }
        using var paint = new SKPaint { IsAntialias = true, Color = ChartTheme.Remainder };
        var radius = size.Height / 2;
        canvas.DrawRoundRect(0, 0, size.Width, size.Height, radius, radius, paint);
        if (counted && share is { } place)
        {
            var x = Math.Clamp((float)(size.Width * place), radius, size.Width - radius);
            ChartPainter.CountMarker(canvas, x, radius, radius * 0.8f, colour);
            return;
        }
        if (share is { } value && value > 0)
        {
            paint.Color = colour;
            canvas.DrawRoundRect(0, 0, Math.Max(size.Height, (float)(size.Width * Math.Clamp(value, 0, 1))), size.Height, radius, radius, paint);
        }
    }

    /// <summary>The items on a podium: second, first, third; the block heights follow the rank.</summary>
    private static void Podium(IContainer container, PodiumPanel panel)
    {
        float[] heights = [64, 46, 32];
        var order = panel.Places.Count >= 3 ? new[] { 1, 0, 2 } : [.. Enumerable.Range(0, panel.Places.Count)];
        container.Column(col =>
        {
            col.Item().Row(row =>
            {
                row.Spacing(6);
                foreach (var rank in order)
                {
                    var place = panel.Places[rank];
                    row.RelativeItem().Column(step =>
                    {
                        step.Item().Height(34 + heights[0] - heights[Math.Min(rank, 2)]).AlignBottom().PaddingBottom(4).AlignCenter()
                            .Text(place.Text).FontSize(TextStyles.H2Size + 2).Black().FontColor(rank == 0 ? Theme.Navy : Theme.Teal);
                        step.Item().Height(heights[Math.Min(rank, 2)]).Background(rank == 0 ? Theme.Navy : Theme.Teal, 2).AlignCenter().AlignMiddle()
                            .Text((rank + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).FontSize(TextStyles.H2Size).Black()
                            .FontColor(Theme.White);
                        step.Item().PaddingTop(5).AlignCenter().Text(place.Label).FontSize(TextStyles.CaptionSize + 0.5f).SemiBold()
                            .FontColor(Theme.Text).LineHeight(1.2f);
                    });
                }
            });
            col.Item().PaddingTop(8).Text(panel.Line).FontSize(TextStyles.SmallSize).FontColor(Theme.Muted).LineHeight(1.3f);
        });
    }

    private static void ScoreBody(ColumnDescriptor col, ScorePanel panel)
    {
        col.Item().Row(row =>
        {
            row.Spacing(Gutter + PanelPadding);
            KeyNumberTile.Compose(row.RelativeItem(), panel.Headline, numberSize: BigNumber + 6, framed: false, labelSize: TextStyles.H3Size);
            row.RelativeItem().Column(right =>
            {
                right.Spacing(8);
                right.Item().Height(30).Canvas((canvas, size) => Scale(canvas, size, panel));
                right.Item().Row(chips =>
                {
                    chips.Spacing(8);
                    foreach (var scope in panel.Scopes)
                    {
                        chips.RelativeItem().BorderTop(3, ColourOf(scope)).PaddingTop(4).Column(chip =>
                        {
                            chip.Item().Text(scope.Name).FontSize(TextStyles.SmallSize).FontColor(Theme.Muted);
                            Value(chip.Item(), scope, TextStyles.H2Size);
                        });
                    }
                });
            });
        });
    }

    /// <summary>A 0-10 scale: a track, the national score as a navy marker, each scope's as a dot of its colour.</summary>
    private static void Scale(SKCanvas canvas, Size size, ScorePanel panel)
    {
        if (CanvasFaces.IsLayoutPass)
        {
            return;
        }
        const float max = 10;
        using var paint = new SKPaint { IsAntialias = true, Color = ChartTheme.Remainder };
        var y = size.Height / 2;
        var x = (double v) => 6 + ((size.Width - 12) * (float)Math.Clamp(v / max, 0, 1));
        canvas.DrawRoundRect(0, y - 4, size.Width, 8, 4, 4, paint);
        if (panel.National is { } national)
        {
            paint.Color = Theme.Navy;
            canvas.DrawRoundRect(0, y - 4, x(national), 8, 4, 4, paint);
        }
        for (var tick = 0; tick <= max; tick++)
        {
            paint.Color = Theme.White;
            canvas.DrawRect(x(tick) - 0.4f, y - 4, 0.8f, 8, paint);
        }
        foreach (var scope in panel.Scopes.Where(s => s.Value is not null))
        {
            paint.Color = Theme.White;
            canvas.DrawCircle(x(scope.Value!.Value), y, 7, paint);
            paint.Color = ColourOf(scope);
            canvas.DrawCircle(x(scope.Value!.Value), y, 5.5f, paint);
        }
    }

    /// <summary>A scope's value in big type, or "not published" in small muted type (it is a statement, not a number).</summary>
    private static void Value(IContainer container, ScopeValue scope, float size)
    {
        if (scope.Value is null)
        {
            container.Text(scope.Text).FontSize(TextStyles.SmallSize).Italic().FontColor(Theme.Muted).LineHeight(1.2f);
        }
        else
        {
            container.Text(scope.Text).FontSize(size).Black().FontColor(Theme.Navy).LineHeight(1.1f);
        }
    }

    /// <summary>One ring per share with the share in its centre and the label below.</summary>
    private static void Rings(IContainer container, SharesPanel panel)
    {
        container.Row(row =>
        {
            row.Spacing(8);
            foreach (var item in panel.Items)
            {
                row.RelativeItem().Column(col =>
                {
                    col.Item().AlignCenter().Width(62).Height(62).Layers(layers =>
                    {
                        layers.Layer().Canvas((canvas, size) => Ring(canvas, size, item.Value));
                        layers.PrimaryLayer().AlignCenter().AlignMiddle().Text(item.Text).FontSize(TextStyles.H2Size).Black().FontColor(Theme.Navy);
                    });
                    col.Item().PaddingTop(6).AlignCenter().Text(item.Label).FontSize(TextStyles.CaptionSize).SemiBold()
                        .FontColor(Theme.Text).LineHeight(1.2f).AlignCenter();
                });
            }
        });
    }

    private static void Ring(SKCanvas canvas, Size size, double? share)
    {
        if (CanvasFaces.IsLayoutPass)
        {
            return;
        }
        const float stroke = 7;
        var rect = new SKRect(stroke / 2, stroke / 2, size.Width - (stroke / 2), size.Height - (stroke / 2));
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = stroke, Color = ChartTheme.Remainder };
        canvas.DrawOval(rect, paint);
        if (share is { } value && value > 0)
        {
            paint.Color = Theme.Teal;
            paint.StrokeCap = SKStrokeCap.Butt;
            using var arc = new SKPath();
            arc.AddArc(rect, -90, 360 * (float)Math.Clamp(value, 0, 1));
            canvas.DrawPath(arc, paint);
        }
    }

    /// <summary>Per scope: its name, the fraction, and as many person pictograms as the fraction's denominator,
    /// the numerator's in the scope's colour.</summary>
    private static void Pictograms(IContainer container, IReadOnlyList<ScopeValue> scopes, InfographicIcons icons)
    {
        var person = icons[InfographicIcons.Person];
        container.Column(col =>
        {
            col.Spacing(6);
            foreach (var scope in scopes)
            {
                col.Item().Row(row =>
                {
                    row.Spacing(6);
                    row.ConstantItem(62).AlignMiddle().Text(scope.Name).FontSize(TextStyles.CaptionSize).FontColor(Theme.Text);
                    Value(row.ConstantItem(44).AlignMiddle(), scope, TextStyles.H3Size + 1);
                    row.RelativeItem().Row(people =>
                    {
                        people.Spacing(1);
                        if (scope.Count is { } count)
                        {
                            for (var i = 0; i < count.Of; i++)
                            {
                                people.ConstantItem(14).Height(16).Svg(person.WithCurrentColor(i < count.Yes ? ColourOf(scope) : ChartTheme.Remainder));
                            }
                        }
                    });
                });
            }
        });
    }

    private static void RankingBody(ColumnDescriptor col, RankingPanel panel)
    {
        col.Item().Row(row =>
        {
            row.Spacing(Gutter + PanelPadding);
            row.RelativeItem(1.25f).Column(left =>
            {
                left.Spacing(6);
                foreach (var (bar, index) in panel.Bars.Select((b, i) => (b, i)))
                {
                    left.Item().Row(line =>
                    {
                        line.Spacing(6);
                        line.ConstantItem(96).Text(bar.Label).FontSize(TextStyles.CaptionSize + 0.5f).SemiBold().FontColor(Theme.Text).LineHeight(1.2f);
                        line.RelativeItem().AlignMiddle().Height(10).Canvas((canvas, size) => Bar(canvas, size, bar.Value, index == 0 ? Theme.Navy : Theme.Teal));
                        line.ConstantItem(36).AlignRight().Text(bar.Text).FontSize(TextStyles.CaptionSize + 0.5f).Bold().FontColor(Theme.Navy).LineHeight(1.2f);
                    });
                }
                left.Item().PaddingTop(2).Text(panel.Line).FontSize(TextStyles.SmallSize).FontColor(Theme.Muted).LineHeight(1.3f);
            });
            row.RelativeItem().Column(right =>
            {
                right.Spacing(7);
                right.Item().Text(panel.TopsHeading).FontSize(TextStyles.CaptionSize).Bold().FontColor(Theme.Navy);
                foreach (var top in panel.Tops)
                {
                    right.Item().Border(3, 0, 0, 0, ColourOf(top)).PaddingLeft(7).Column(entry =>
                    {
                        entry.Item().Text(top.Name).FontSize(TextStyles.SmallSize).FontColor(Theme.Muted);
                        entry.Item().Text(t =>
                        {
                            t.DefaultTextStyle(s => s.FontSize(TextStyles.CaptionSize + 1).LineHeight(1.25f));
                            t.Span(top.Detail ?? "").SemiBold().FontColor(Theme.Text);
                            t.Span("  " + top.Text).Bold().FontColor(Theme.Navy);
                        });
                    });
                }
            });
        });
    }

    private static void Foot(IContainer container, InfographicContent content)
    {
        container.PaddingHorizontal(Margin).PaddingTop(12).PaddingBottom(22).Column(col =>
        {
            col.Spacing(3);
            col.Item().PaddingBottom(6).LineHorizontal(0.6f, Theme.Rule);
            foreach (var line in content.Footer)
            {
                col.Item().Text(line).FontSize(TextStyles.SmallSize - 0.5f).FontColor(Theme.Muted).LineHeight(1.3f);
            }
            if (content.IsSynthetic)
            {
                SyntheticMark.Banner(col.Item().PaddingTop(8), content.Language);
            }
        });
    }
}
