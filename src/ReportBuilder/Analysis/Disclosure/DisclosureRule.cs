namespace ReportBuilder.Analysis.Disclosure;

/// <summary>The small-group rule. A scope's figures for a question are suppressed when fewer than
/// <see cref="SuppressBelow"/> units answered it, and shares are shown as fractions ("3/4") rather than
/// percentages when fewer than <see cref="FractionsBelow"/> answered — as the publisher did for Brussels.
/// With <see cref="Secondary"/>, more figures are suppressed so that no suppressed one can be computed from the
/// published ones by sums and differences of scopes (Belgium = its regions, a region = its provinces = its urban
/// and rural parts...).</summary>
/// <param name="SuppressBelow">Suppress when the number who answered is below this (default 3).</param>
/// <param name="FractionsBelow">Show shares as fractions when the number who answered is below this (default 10).</param>
/// <param name="Secondary">Secondary (complementary) suppression: suppress further figures, with
/// <see cref="SuppressionReason.ProtectsAnotherFigure"/>, until no figure suppressed for too few answers can be
/// recovered exactly by adding and subtracting published figures (default true).</param>
public sealed record DisclosureRule(int SuppressBelow = 3, int FractionsBelow = 10, bool Secondary = true)
{
    /// <summary>The publisher's rule: suppressed under 3 answers, fractions under 10, with secondary suppression.</summary>
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
}
