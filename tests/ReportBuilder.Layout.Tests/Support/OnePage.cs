using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Layout.Tests.Support;

/// <summary>Documents of one page set with no margins, for layout tests.</summary>
internal static class OnePage
{
    public static Document Create(FontLibrary fonts, float width, float height, Action<IContainer> content) =>
        Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(width, height);
            page.Margin(0);
            content(page.Content());
        }));
}
