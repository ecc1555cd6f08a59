namespace ReportBuilder.Analysis.Disclosure;

/// <summary>What the figures do with a small group that answered unanimously (4 of 4 ticked an option, 0 of 7 said
/// yes): its share would disclose every member's answer. See <see cref="DisclosureRule.Group"/>.</summary>
public enum UnanimousGroups
{
    /// <summary>Withhold the shares of such a group (with the reason <see cref="SuppressionReason.ProtectsGroup"/>), in
    /// every publication.</summary>
    Protect,

    /// <summary>Publish them, as the barometer's published figures did.</summary>
    Show,
}
