namespace ReportBuilder.Layout.Elements;

/// <summary>Where content sits down its space.</summary>
internal enum VerticalAlignment
{
    Top,
    Middle,
    Bottom,
}
