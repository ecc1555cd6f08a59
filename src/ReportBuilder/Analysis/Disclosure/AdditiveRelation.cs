namespace ReportBuilder.Analysis.Disclosure;

/// <summary>
/// Scopes that add up: the municipalities of <see cref="Total"/> are exactly those of <see cref="Parts"/>, which
/// do not overlap. Every count-based figure adds up the same way (answered counts, option counts, sums of answers
/// = count × mean, sums of squares), so a published total minus its published parts gives a suppressed part
/// exactly. A relation with one part says that two scopes are the same municipalities (the Brussels-Capital
/// Region and its one "province"): their figures are equal.
/// </summary>
/// <param name="Total">The scope id of the whole ("region:VLG").</param>
/// <param name="Parts">The scope ids of its parts, in scope order ("province:VAN", "province:VLI", ...).</param>
public sealed record AdditiveRelation(string Total, IReadOnlyList<string> Parts)
{
    /// <summary>"region:VLG = province:VAN + province:VLI + ...".</summary>
    public override string ToString() => Total + " = " + string.Join(" + ", Parts);
}
