namespace ReportBuilder.Layout.Elements;

/// <summary>Where content sits across its space.</summary>
internal enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}
