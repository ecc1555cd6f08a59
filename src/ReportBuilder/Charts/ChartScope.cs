namespace ReportBuilder.Charts;

/// <summary>The scopes that own a fixed colour in every chart (see <see cref="ChartTheme.ColorOf"/>).</summary>
public enum ChartScope
{
    /// <summary>Belgium as a whole.</summary>
    Belgium,

    /// <summary>The Flemish Region.</summary>
    Flanders,

    /// <summary>The Walloon Region.</summary>
    Wallonia,

    /// <summary>The Brussels-Capital Region.</summary>
    Brussels,

    /// <summary>Urban municipalities.</summary>
    Urban,

    /// <summary>Rural municipalities.</summary>
    Rural,

    /// <summary>Any other series (drawn in the theme's teal).</summary>
    Other,
}
