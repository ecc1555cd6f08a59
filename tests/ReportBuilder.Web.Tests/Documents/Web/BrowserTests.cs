using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ReportBuilder.Localization;
using Xunit.Abstractions;

namespace ReportBuilder.Web.Tests.Documents.Web;

/// <summary>
/// The web edition in a real browser: Debian's chromium (never a downloaded one) driven by Playwright. Every page passes
/// axe's WCAG 2.1 A and AA rules with its data tables open, reflows at 320 CSS px without horizontal scrolling, and is
/// photographed at 1280 and 390 px wide into web-output/screenshots/ for a person to look at.
/// </summary>
[Trait("Category", "System")] // test.sh runs the system tests apart
[Collection(WebSampleGroup.Name)]
public sealed class BrowserTests(WebSample sample, ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Debian's chromium package (.ci/run installs it).</summary>
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium),
            $"{Chromium} is missing: the web edition's browser tests need Debian's chromium package (apt-get install -y chromium; .ci/run installs it).");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
    }

    public static TheoryData<string> Pages => ["web/index.html", "web/2018-en/index.html", "web/2018-fr/index.html", "web/2018-nl/index.html"];

    /// <summary>The pages photographed: the report's pages and one fact sheet per language.</summary>
    public static TheoryData<string> Photographed =>
        ["web/index.html", "web/2018-en/index.html", "web/2018-fr/index.html", "web/2018-nl/index.html", "web/2018-fr/factsheets/wht.html",
            "web/2018-nl/factsheets/van.html", "web/2018-en/factsheets/bru.html"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_has_no_WCAG_21_AA_violations_in_axe(string name)
    {
        Assert.Contains(name, sample.Files.Select(f => f.Name));
        var page = await Open(name, 1280, 900);
        // Open every disclosure control, so that the data tables are checked too.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });

        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {v.Nodes.Length} node(s), e.g. {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target + " " + n.Html))}"));
        output.WriteLine($"{name}: {result.Violations.Length} violation(s), {result.Passes.Length} rules passed, {result.Incomplete.Length} to review");
        foreach (var incomplete in result.Incomplete)
        {
            output.WriteLine($"  to review: {incomplete.Id} ({incomplete.Nodes.Length} node(s))");
        }
        Assert.True(result.Violations.Length == 0, $"axe found {result.Violations.Length} violation(s) on {name}:\n{report}");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Every_fact_sheet_page_has_no_WCAG_21_AA_violations_and_reflows_at_320_px()
    {
        var names = sample.Files.Select(f => f.Name).Where(n => n.Contains("/factsheets/", StringComparison.Ordinal)).ToList();
        Assert.Equal(11 * Languages.All.Count, names.Count);
        var problems = new List<string>();
        foreach (var name in names)
        {
            var page = await Open(name, 1280, 900);
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
            output.WriteLine($"{name}: {result.Violations.Length} violation(s), {result.Passes.Length} rules passed");
            problems.AddRange(result.Violations.Select(v => $"{name}: {v.Id} ({v.Impact}): {v.Help} — {v.Nodes.Length} node(s), e.g. {v.Nodes[0].Target} {v.Nodes[0].Html}"));
            await page.SetViewportSizeAsync(320, 800);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 320)
            {
                problems.Add($"{name} is {width} px wide at 320 px");
            }
            await page.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_reflows_at_320_px_without_horizontal_scrolling(string name)
    {
        var page = await Open(name, 320, 800);
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var wide = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > 321 && !e.closest('.table-scroll') && !e.closest('svg'))
              .slice(0, 5).map(e => e.tagName + '.' + e.getAttribute('class') + ' ' + Math.round(e.getBoundingClientRect().right))
            """);
        Assert.True(width <= 320, $"{name} is {width} px wide at 320 px: {string.Join(", ", wide)}");
        await page.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Photographed))]
    public async Task Screenshots_at_1280_and_390_px(string name)
    {
        var folder = Path.Combine(WebSample.Output, "screenshots");
        Directory.CreateDirectory(folder);
        var stem = name.Replace("web/", "", StringComparison.Ordinal).Replace("/index.html", "", StringComparison.Ordinal)
            .Replace(".html", "", StringComparison.Ordinal).Replace('/', '-');
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await Open(name, width, 900);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{stem}-{width}-top.png") });
            if (name.Contains("/factsheets/", StringComparison.Ordinal))
            {
                // A fact sheet is short: the whole page.
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{stem}-{width}-full.png"), FullPage = true });
            }
            else if (await page.Locator("figure").CountAsync() > 0)
            {
                await page.EvaluateAsync("() => document.querySelector('figure details').open = true");
                var shots = new (string Selector, string Suffix)[]
                {
                    ("figure", "figure"), ("main .table-scroll[id^='table-']", "table"), ("figure:has(.charts-2)", "two-charts"),
                    ("figure:has(.chart-choroplethmap)", "choroplethmap"), ("figure:has(.chart-scaledistribution)", "scaledistribution"),
                    ("figure:has(.chart-dotwhisker)", "dotwhisker"), (".key-numbers", "key-numbers"),
                };
                foreach (var (selector, suffix) in shots)
                {
                    var element = page.Locator(selector).First;
                    if (await element.CountAsync() > 0)
                    {
                        await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, $"{stem}-{width}-{suffix}.png") });
                    }
                }
                await page.Locator(".chapter-results > h2").First.ScrollIntoViewIfNeededAsync();
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{stem}-{width}-chapter.png") });
            }
            Assert.True(File.Exists(Path.Combine(folder, $"{stem}-{width}-top.png")));
            await page.CloseAsync();
        }
    }

    private async Task<IPage> Open(string name, int width, int height)
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        page.SetDefaultTimeout(120_000);
        var response = await page.GotoAsync(new Uri(Path.Combine(WebSample.Output, name)).AbsoluteUri);
        Assert.NotNull(response);
        Assert.True(response!.Ok, $"{name}: {response.Status}");
        // The fonts are loaded before anything is measured or photographed.
        await page.EvaluateAsync("() => document.fonts.ready");
        return page;
    }
}
