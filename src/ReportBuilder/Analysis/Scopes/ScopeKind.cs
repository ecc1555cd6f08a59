namespace ReportBuilder.Analysis.Scopes;

/// <summary>What part of the frame a scope covers.</summary>
public enum ScopeKind
{
    /// <summary>The whole country (every municipality of the frame).</summary>
    Country,

    /// <summary>One region.</summary>
    Region,

    /// <summary>One province, or the Brussels-Capital Region, which has no province.</summary>
    Province,

    /// <summary>Every rural, or every urban, municipality.</summary>
    Area,

    /// <summary>The rural or the urban municipalities of one region.</summary>
    RegionArea,
}
