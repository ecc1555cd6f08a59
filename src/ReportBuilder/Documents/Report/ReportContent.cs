using ReportBuilder.Documents.Content;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Report;

/// <summary>
/// The annual report as a value, in one language: its title page facts, its colophon, and its chapters in
/// order (front matter, results, back matter, annexes), each made of sections of <see cref="Block"/>s. Built
/// from the figures and templates by <see cref="ReportContentBuilder"/>; rendered as PDF by
/// <see cref="ReportDocument"/>, and as HTML by the web edition, without going back to the figures.
/// </summary>
/// <param name="Language">The document's language.</param>
/// <param name="Edition">The edition id ("2018").</param>
/// <param name="Title">The report's title ("Belgian Smart City Barometer 2018").</param>
/// <param name="Subtitle">The line under it.</param>
/// <param name="Publisher">Who publishes it.</param>
/// <param name="Fieldwork">The fieldwork period in words.</param>
/// <param name="IsSynthetic">True when built from synthetic data: every page says so.</param>
/// <param name="Colophon">The colophon's entries (label, value), in order.</param>
/// <param name="Chapters">The chapters, in reading order.</param>
public sealed record ReportContent(
    Language Language,
    string Edition,
    string Title,
    string Subtitle,
    string Publisher,
    string Fieldwork,
    bool IsSynthetic,
    IReadOnlyList<(string Label, string Value)> Colophon,
    IReadOnlyList<ReportChapter> Chapters)
{
    /// <summary>The respondents and the frame's size, drawn on the cover (123 of 589 dots).</summary>
    public (int Respondents, int Frame) Response { get; init; }

    /// <summary>Every numbered figure, in order.</summary>
    public IReadOnlyList<ChartFigure> Figures => [.. AllBlocks.OfType<ChartFigure>()];

    /// <summary>Every numbered table, in order.</summary>
    public IReadOnlyList<DataTable> Tables => [.. AllBlocks.OfType<DataTable>().Where(t => t.Number is not null)];

    /// <summary>Every block of every chapter, in reading order.</summary>
    public IEnumerable<Block> AllBlocks => Chapters.SelectMany(c => c.Intro.Concat(c.Sections.SelectMany(s => s.Blocks)));
}

/// <summary>What part of the report a chapter is; it decides how the chapter opens and whether the contents list it.</summary>
public enum ChapterKind
{
    /// <summary>Before the results: foreword, contents, at a glance, methodology, introduction.</summary>
    Front,

    /// <summary>A chapter of results from the codebook, opening on its own designed page.</summary>
    Results,

    /// <summary>After the results: conclusion, bibliography, lists of figures and tables.</summary>
    Back,

    /// <summary>An annex (A, B, ...).</summary>
    Annex,
}

/// <summary>A chapter of the report.</summary>
/// <param name="Id">A stable id, unique in the report (anchors and links use it).</param>
/// <param name="Kind">Where it stands in the report.</param>
/// <param name="Label">The label before the title ("Chapter 2", "Annex B"), or null.</param>
/// <param name="Title">The title.</param>
/// <param name="Intro">Blocks before the first section (a lead paragraph, key numbers).</param>
/// <param name="Sections">The sections, in order.</param>
/// <param name="InContents">False for chapters the contents page does not list (the contents themselves).</param>
public sealed record ReportChapter(
    string Id,
    ChapterKind Kind,
    string? Label,
    string Title,
    IReadOnlyList<Block> Intro,
    IReadOnlyList<ReportSection> Sections,
    bool InContents = true)
{
    /// <summary>The anchor of the chapter's first page.</summary>
    public string Anchor => "chapter-" + Id;

    /// <summary>A listing the rendering generates in this chapter (the contents, the lists of figures and tables).</summary>
    public ChapterListing Listing { get; init; } = ChapterListing.None;
}

/// <summary>A section of a chapter: a numbered section of results ("#04"), or an unnumbered one.</summary>
/// <param name="Id">A stable id, unique in the report.</param>
/// <param name="Number">The section number ("#04" is 4), or null.</param>
/// <param name="Title">The title, or null for a section without a heading.</param>
/// <param name="Blocks">Its content.</param>
/// <param name="InContents">True when the contents and outline list it.</param>
public sealed record ReportSection(string Id, int? Number, string? Title, IReadOnlyList<Block> Blocks, bool InContents = true)
{
    /// <summary>The anchor of the section's heading.</summary>
    public string Anchor => "section-" + Id;
}

/// <summary>A listing generated from the report's own structure when it is rendered.</summary>
public enum ChapterListing
{
    /// <summary>None: the chapter's blocks are all it shows.</summary>
    None,

    /// <summary>The table of contents: chapters and numbered sections with their page numbers.</summary>
    Contents,

    /// <summary>The lists of figures and tables with their page numbers.</summary>
    FiguresAndTables,
}
