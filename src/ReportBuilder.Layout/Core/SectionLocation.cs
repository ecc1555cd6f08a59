namespace ReportBuilder.Layout.Core;

/// <summary>Where a named section starts: its 1-based page and its distance from the top of the page in points.</summary>
internal readonly record struct SectionLocation(int PageNumber, float Top);
