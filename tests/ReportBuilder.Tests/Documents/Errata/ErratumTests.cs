using ReportBuilder.Documents.Errata;

namespace ReportBuilder.Tests.Documents.Errata;

/// <summary>The one line a build prints of what an erratum's figures are.</summary>
public sealed class ErratumTests
{
    private static Erratum With(params string[] figures) =>
        new(1, "2018", new DateTime(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc), [],
            [.. figures.Select(f => new ErratumChange(f, f, "28%", "27%"))], []);

    [Fact]
    public void Changed_figures_are_grouped_by_what_they_measure_with_their_scopes()
    {
        var erratum = With(
            "Belgium · Funding · regional · share", "Wallonia · Funding · regional · share", "Hainaut · Funding · regional · share",
            "Wallonia (rural) · Funding · regional · share", "Wallonia (urban) · Funding · regional · share",
            "Belgium · Progress towards a smart city · mean");
        Assert.Equal(
            "Funding · regional · share in Belgium, Wallonia, Hainaut and 2 more; Progress towards a smart city · mean in Belgium",
            erratum.WhatChanged());
    }

    [Fact]
    public void More_than_three_kinds_of_figure_are_counted()
    {
        var erratum = With("Belgium · A · mean", "Belgium · B · mean", "Belgium · C · mean", "Belgium · D · mean", "Belgium · E · mean");
        Assert.Equal("A · mean in Belgium; B · mean in Belgium; C · mean in Belgium; and 2 other figure(s)", erratum.WhatChanged());
    }
}
