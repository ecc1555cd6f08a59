using ReportBuilder.Charts;
using ReportBuilder.Documents.Content;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Infographic;

/// <summary>The infographic in one language, as values: every number already written as printed (or "not
/// published"), every label in the language. <see cref="InfographicDocument"/> renders it.</summary>
/// <param name="Language">The language.</param>
/// <param name="Edition">The edition's id ("2018").</param>
/// <param name="Title">The edition's title.</param>
/// <param name="Publisher">The publisher.</param>
/// <param name="Subtitle">The line under the title.</param>
/// <param name="Survey">The survey and its fieldwork, in one line.</param>
/// <param name="Sections">The numbered sections.</param>
/// <param name="Footer">The footer's lines: source, sample, disclosure, data version, credits.</param>
/// <param name="IsSynthetic">True when the data are synthetic (the sheet then carries the mark).</param>
public sealed record InfographicContent(
    Language Language,
    string Edition,
    string Title,
    string Publisher,
    string Subtitle,
    string Survey,
    IReadOnlyList<InfographicSection> Sections,
    IReadOnlyList<string> Footer,
    bool IsSynthetic);

/// <summary>A numbered section of panels.</summary>
public sealed record InfographicSection(int Number, string Title, int Columns, IReadOnlyList<Panel> Panels);

/// <summary>A value of one scope: its name, its colour, the value as printed and as a number (null when not published).</summary>
/// <param name="Name">The scope's name ("Flanders").</param>
/// <param name="Colour">Which of the theme's scope colours it takes.</param>
/// <param name="Text">The value as printed ("3,53", "3/4", "not published"), or a label with it.</param>
/// <param name="Value">The value drawn (a share 0-1 or a mean), or null when not published.</param>
/// <param name="Detail">A second line (a top option's name), or null.</param>
/// <param name="Count">A small group's count (<see cref="Analysis.FigureDisplay.Counted"/>: a ring or pictograms, never a
/// bar), or a simple fraction drawn as pictograms: (yes, out of); null otherwise.</param>
public sealed record ScopeValue(string Name, ChartScope Colour, string Text, double? Value, string? Detail = null, (int Yes, int Of)? Count = null);

/// <summary>A bar of a ranking or an item of a podium.</summary>
public sealed record RankedValue(string Label, string Text, double? Value);

/// <summary>A panel: its heading, pictogram and width in columns; the kinds below say what it holds.</summary>
public abstract record Panel(string Heading, string Icon, int Span);

/// <summary>Response rate, respondents, representativeness in words, and a dot per municipality of the frame.</summary>
/// <param name="Heading">The panel's heading.</param>
/// <param name="Icon">Its pictogram.</param>
/// <param name="Span">Its width in columns.</param>
/// <param name="Rate">The response rate.</param>
/// <param name="Respondents">The number of respondents.</param>
/// <param name="Representativeness">The tests' result in words.</param>
/// <param name="Method">How representativeness was tested.</param>
/// <param name="DotLegend">What a dot is.</param>
/// <param name="Dots">Per scope of the trio: respondents and frame size, for the dots.</param>
public sealed record ResponsePanel(
    string Heading, string Icon, int Span, KeyNumber Rate, KeyNumber Respondents, string Representativeness, string Method,
    string DotLegend, IReadOnlyList<(ScopeValue Scope, int Respondents, int Frame)> Dots) : Panel(Heading, Icon, Span);

/// <summary>The top option of a question with its share in each scope.</summary>
public sealed record TopPanel(string Heading, string Icon, int Span, KeyNumber Headline, IReadOnlyList<ScopeValue> Scopes)
    : Panel(Heading, Icon, Span);

/// <summary>A rated question's items in rank order (first, second, third...).</summary>
public sealed record PodiumPanel(string Heading, string Icon, int Span, string Line, IReadOnlyList<RankedValue> Places)
    : Panel(Heading, Icon, Span);

/// <summary>A score out of 10 with each scope's score.</summary>
public sealed record ScorePanel(string Heading, string Icon, int Span, KeyNumber Headline, double? National, IReadOnlyList<ScopeValue> Scopes)
    : Panel(Heading, Icon, Span);

/// <summary>One share per yes/no question, as rings.</summary>
public sealed record SharesPanel(string Heading, string Icon, int Span, IReadOnlyList<RankedValue> Items)
    : Panel(Heading, Icon, Span);

/// <summary>The share of a yes/no question nationally and per scope, the scopes as simple fractions.</summary>
public sealed record RegionsPanel(string Heading, string Icon, int Span, KeyNumber Headline, IReadOnlyList<ScopeValue> Scopes)
    : Panel(Heading, Icon, Span);

/// <summary>The first options of a question as bars, and each scope's top option.</summary>
public sealed record RankingPanel(string Heading, string Icon, int Span, string Line, IReadOnlyList<RankedValue> Bars, string TopsHeading, IReadOnlyList<ScopeValue> Tops)
    : Panel(Heading, Icon, Span);
