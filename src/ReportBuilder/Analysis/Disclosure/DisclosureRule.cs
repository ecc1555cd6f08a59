namespace ReportBuilder.Analysis.Disclosure;

/// <summary>The small-group rule. A scope's figures for a question are suppressed when fewer than
/// <see cref="SuppressBelow"/> units answered it, and shares are shown as fractions ("3/4") rather than
/// percentages when fewer than <see cref="FractionsBelow"/> answered — as the publisher did for Brussels.
/// With <see cref="Secondary"/>, more figures are suppressed so that no suppressed one can be computed from the
/// published ones by sums and differences of scopes (Belgium = its regions, a region = its provinces = its urban
/// and rural parts...). With <see cref="Group"/> = <see cref="UnanimousGroups.Protect"/>, a small group's shares
/// that are 0 % or 100 % are withheld too: they would disclose every member's answer.</summary>
/// <param name="SuppressBelow">Suppress when the number who answered is below this (default 3).</param>
/// <param name="FractionsBelow">Show shares as fractions when the number who answered is below this (default 10).</param>
/// <param name="Secondary">Secondary (complementary) suppression: suppress further figures, with
/// <see cref="SuppressionReason.ProtectsAnotherFigure"/>, until no figure suppressed for too few answers (or to protect a
/// group) can be recovered exactly by adding and subtracting published figures (default true).</param>
/// <param name="Group">Group disclosure: with <see cref="UnanimousGroups.Protect"/> (the default), the shares of a yes/no,
/// single or multiple choice question in a scope where fewer than <see cref="FractionsBelow"/> answered are withheld,
/// with <see cref="SuppressionReason.ProtectsGroup"/>, when one of them is 0 % or 100 % (all or none of the group gave
/// that answer), together with the scope's other shares of the same answers (the complement that would give it back).</param>
public sealed record DisclosureRule(int SuppressBelow = 3, int FractionsBelow = 10, bool Secondary = true, UnanimousGroups Group = UnanimousGroups.Protect)
{
    /// <summary>The publisher's rule: suppressed under 3 answers, fractions under 10, with secondary suppression, and
    /// unanimous small groups protected.</summary>
    public static DisclosureRule Default { get; } = new();

    /// <summary>How figures based on <paramref name="answered"/> answers may be shown.</summary>
    public DisclosureLevel Classify(int answered)
    {
        if (answered < SuppressBelow || answered == 0)
        {
            return DisclosureLevel.Suppressed;
        }
        return answered < FractionsBelow ? DisclosureLevel.Fraction : DisclosureLevel.Full;
    }

    /// <summary>Whether the shares of answers of a group where <paramref name="answered"/> answered, and
    /// <paramref name="counts"/> gave each answer, are withheld to protect the group: the rule protects groups, the
    /// shares would be published as fractions, and one answer was given by all or none of them.</summary>
    public bool ProtectsGroup(int answered, IEnumerable<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return Group == UnanimousGroups.Protect && Classify(answered) == DisclosureLevel.Fraction && counts.Any(c => c == 0 || c == answered);
    }
}
