namespace ReportBuilder.Layout.Core;

/// <summary>An outline entry met while drawing: its title, nesting level (0 = top) and where it is.</summary>
internal sealed record BookmarkEntry(string Title, int Level, int PageNumber, float Top);
