using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Sections, links and the PDF outline.</summary>
public static class NavigationExtensions
{
    /// <summary>Marks where section <paramref name="sectionName"/> starts: its page can be printed
    /// (<see cref="TextDescriptor.PageNumberOfSection"/>) and linked to (<see cref="SectionLink"/>).</summary>
    public static IContainer Section(this IContainer container, string sectionName)
    {
        ArgumentException.ThrowIfNullOrEmpty(sectionName);
        return container.Element(new Section(sectionName));
    }

    /// <summary>Makes the content a link to section <paramref name="sectionName"/>.</summary>
    public static IContainer SectionLink(this IContainer container, string sectionName)
    {
        ArgumentException.ThrowIfNullOrEmpty(sectionName);
        return container.Element(new Link { SectionName = sectionName });
    }

    /// <summary>Makes the content a link to <paramref name="url"/>.</summary>
    public static IContainer Hyperlink(this IContainer container, string url)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        return container.Element(new Link { Url = url });
    }

    /// <summary>Adds an entry titled <paramref name="title"/> to the PDF outline at the start of the content;
    /// <paramref name="level"/> 0 is the top level, 1 nests under the previous level-0 entry, and so on.</summary>
    public static IContainer Bookmark(this IContainer container, string title, int level = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(title);
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        return container.Element(new Bookmark(title, level));
    }
}
