namespace ReportBuilder.Publishing;

/// <summary>What a build tells its caller while it renders (a progress bar, a log): called from any thread.</summary>
public interface IBuildProgress
{
    /// <summary>The units the build is about to render, once decided.</summary>
    /// <param name="units">The units to render.</param>
    void Planned(IReadOnlyList<BuildUnit> units);

    /// <summary>One unit has been rendered (not yet written).</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="time">How long it took.</param>
    void Rendered(BuildUnit unit, TimeSpan time);
}
