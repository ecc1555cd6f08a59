namespace ReportBuilder.Survey.Model;

/// <summary>The three regions of Belgium. Their data codes are the ISO 3166-2:BE codes VLG, WAL and BRU.</summary>
public enum Region
{
    /// <summary>The Flemish Region (VLG).</summary>
    Flanders,

    /// <summary>The Walloon Region (WAL).</summary>
    Wallonia,

    /// <summary>The Brussels-Capital Region (BRU), which has no province.</summary>
    Brussels,
}
