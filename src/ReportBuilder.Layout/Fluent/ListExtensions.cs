using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Bulleted and numbered lists.</summary>
public static class ListExtensions
{
    /// <summary>
    /// Fills the container with a list whose items <paramref name="compose"/> adds: a column of rows, each a
    /// marker (bullet or number) in an indent column beside the item's content. Items split over pages
    /// like any content; lists nest.
    /// </summary>
    /// <example><code>
    /// col.Item().List(list =>
    /// {
    ///     list.Numbered();
    ///     list.Item().Text("Collect the data");
    ///     list.Item().Text("Publish the report");
    /// });
    /// </code></example>
    public static void List(this IContainer container, Action<ListDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var list = new ListDescriptor();
        compose(list);
        var holder = container.Element(new Slot("List"));
        holder.Column(col =>
        {
            col.Spacing(list.ItemSpacing);
            for (var i = 0; i < list.Items.Count; i++)
            {
                var marker = list.MarkerFor(i);
                var item = list.Items[i];
                col.Item().Row(row =>
                {
                    var markerText = row.ConstantItem(list.IndentWidth).PaddingRight(4).Text(marker);
                    if (list.RightAlignMarkers)
                    {
                        markerText.AlignRight();
                    }
                    if (list.Style is { } style)
                    {
                        markerText.Style(style);
                    }
                    row.RelativeItem().Element(item);
                });
            }
        });
    }
}
