using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Localization;

namespace ReportBuilder.Tests.Analysis;

public sealed class FiguresAnalysisTests
{
    // t(0.975; 6) and t(0.975; 7) from a printed t-table.
    private const double T6 = 2.446911851144969;
    private const double T7 = 2.364624251592785;
    private const double Z = 1.959963984540054;

    private static readonly AnalysisOptions ShowAll = new(WeightingScheme.None, new DisclosureRule(SuppressBelow: 1, FractionsBelow: 1));

    private static Figures All() => FiguresAnalysis.Compute(TinyWave.Data(), options: ShowAll);

    [Fact]
    public void Scopes_come_from_the_frame_in_publishing_order()
    {
        var figures = All();
        Assert.Equal(
            [
                "BE", "region:VLG", "region:WAL", "region:BRU",
                "province:VAN", "province:VLI", "province:WHT", "province:BRU",
                "area:urban", "area:rural",
                "region:VLG/area:urban", "region:VLG/area:rural", "region:WAL/area:urban", "region:WAL/area:rural",
                "region:BRU/area:urban", "region:BRU/area:rural",
            ],
            figures.Scopes.Select(s => s.Id));
        Assert.Equal(17, figures.Scope("BE").FrameSize);
        Assert.Equal(12, figures.Scope("area:urban").FrameSize);
        Assert.Equal(5, figures.Scope("area:rural").FrameSize);
        Assert.Equal(5, figures.Scope("region:VLG/area:urban").FrameSize);
        Assert.True(figures.Scope("area:rural").FrameSizeIsAssumed);
        Assert.Equal("Flandre, communes urbaines", figures.Scope("region:VLG/area:urban").Name[Languages.Fr]);
    }

    [Fact]
    public void Response_rate_per_scope()
    {
        var figures = All();
        Assert.Equal(8, figures.ResponseOf("BE").Respondents);
        Assert.Equal(8.0 / 17, figures.ResponseOf("BE").ResponseRate!.Value, 12);
        Assert.Equal(3.0 / 6, figures.ResponseOf("province:VAN").ResponseRate!.Value, 12);
        Assert.Equal(0, figures.ResponseOf("region:BRU/area:rural").Respondents);
        Assert.Null(figures.ResponseOf("region:BRU/area:rural").ResponseRate); // frame size 0
    }

    [Fact]
    public void Scale_mean_sd_median_share_and_distribution_by_hand()
    {
        // Belgium: 2, 4, 6, 9, 5, 3, 7 (one missing). Σ = 36, Σx² = 220, Σ(x − m)² = 220 − 36²/7.
        var figures = All();
        var mean = figures.Get("BE", "progress", Measure.Mean).Estimate!;
        Assert.Equal(7, mean.Answered);
        Assert.Equal(36.0 / 7, mean.Value, 12);
        var s = Math.Sqrt((220 - (36.0 * 36 / 7)) / 6);
        Assert.Equal(s, figures.Get("BE", "progress", Measure.StandardDeviation).Estimate!.Value, 12);
        Assert.Equal(5, figures.Get("BE", "progress", Measure.Median).Estimate!.Value);
        // N = 17, n = 7: margin = t(6) · s / √7 · √(10/16)
        var margin = T6 * s / Math.Sqrt(7) * Math.Sqrt(10.0 / 16);
        Assert.Equal(36.0 / 7 - margin, mean.Interval!.Lower, 9);
        Assert.Equal(1.7623, mean.Interval.HalfWidth, 4);

        var atLeast = figures.Get("BE", "progress", Measure.ShareAtLeast).Estimate!;
        Assert.Equal(4, atLeast.Count); // 5, 6, 7, 9
        Assert.Equal(4.0 / 7, atLeast.Value, 12);
        var nine = figures.Get("BE", "progress", Measure.Distribution, "9").Estimate!;
        Assert.Equal(1, nine.Count);
        Assert.Equal(0, figures.Get("BE", "progress", Measure.Distribution, "10").Estimate!.Count);
        Assert.Equal(11, figures.Items.Count(f => f.ScopeId == "BE" && f.QuestionId == "progress" && f.Measure == Measure.Distribution));

        var coverage = figures.CoverageOf("BE", "progress");
        Assert.Equal((8, 7, 1), (coverage.Respondents, coverage.Answered, coverage.Missing));
    }

    [Fact]
    public void Even_counts_have_the_middle_median()
    {
        // Antwerp progress: 2, 4, 6 → 4; Flanders: 2, 4, 6 (Limburg missing) → 4; Hainaut 9, 5, 3 → 5; urban: 2, 4, 9, 3, 7 → 4
        var figures = All();
        Assert.Equal(4, figures.Get("province:VAN", "progress", Measure.Median).Estimate!.Value);
        // Rated human, Belgium: 5 6 6 7 7 8 8 9 → (7 + 7) / 2; Wallonia 5 6 7 → 6; Antwerp+Limburg: 6 7 8 9 → 7.5
        Assert.Equal(7, figures.Get("BE", "factors", Measure.Median, "human").Estimate!.Value);
        Assert.Equal(7.5, figures.Get("region:VLG", "factors", Measure.Median, "human").Estimate!.Value);
    }

    [Fact]
    public void Yes_no_share_with_the_corrected_wilson_interval()
    {
        var figures = All();
        var yes = figures.Get("BE", "support", Measure.Share, FiguresAnalysis.Yes).Estimate!;
        Assert.Equal((8, 5), (yes.Answered, yes.Count!.Value));
        Assert.Equal(0.625, yes.Value, 12);
        // n* = 8 / (9/16) = 14.222…
        var n = 8 / (9.0 / 16);
        var centre = (0.625 + (Z * Z / (2 * n))) / (1 + (Z * Z / n));
        var half = Z * Math.Sqrt((0.625 * 0.375 / n) + (Z * Z / (4 * n * n))) / (1 + (Z * Z / n));
        Assert.Equal(centre - half, yes.Interval!.Lower, 12);
        Assert.Equal(centre + half, yes.Interval.Upper, 12);
    }

    [Fact]
    public void Choices_are_counted_and_ranked_by_share()
    {
        var figures = All();
        // role: 4 directors, 3 managers, one missing
        Assert.Equal(4.0 / 7, figures.Get("BE", "role", Measure.Share, "director").Estimate!.Value, 12);
        Assert.Equal(3, figures.Get("BE", "role", Measure.Share, "manager").Estimate!.Count);
        Assert.Equal(["director", "manager"], figures.RankedOptions("role", "BE").Select(f => f.OptionId));
        // Brussels: one manager
        Assert.Equal(["manager", "director"], figures.RankedOptions("role", "region:BRU").Select(f => f.OptionId));
        // areas: energy 5/8, mobility 4/8; Wallonia energy 2/3, mobility 1/3; Antwerp energy 2/3, mobility 2/3 (tie: questionnaire order)
        Assert.Equal(0.625, figures.Get("BE", "areas", Measure.Share, "energy").Estimate!.Value, 12);
        Assert.Equal(0.5, figures.Get("BE", "areas", Measure.Share, "mobility").Estimate!.Value, 12);
        Assert.Equal(["energy", "mobility"], figures.RankedOptions("areas", "BE").Select(f => f.OptionId));
        Assert.Equal(["energy", "mobility"], figures.RankedOptions("areas", "province:VAN").Select(f => f.OptionId));
        Assert.Equal(2.0 / 3, figures.Get("region:WAL", "areas", Measure.Share, "energy").Estimate!.Value, 12);
    }

    [Fact]
    public void Rated_items_are_ranked_by_mean()
    {
        var figures = All();
        Assert.Equal(7, figures.Get("BE", "factors", Measure.Mean, "human").Estimate!.Value, 12); // 56 / 8
        Assert.Equal(38.0 / 7, figures.Get("BE", "factors", Measure.Mean, "tech").Estimate!.Value, 12); // one missing
        Assert.Equal(["human", "tech"], figures.RankedItems("factors", "BE").Select(f => f.OptionId));
        // Brussels 8 and 8: a tie keeps questionnaire order
        Assert.Equal(["human", "tech"], figures.RankedItems("factors", "region:BRU").Select(f => f.OptionId));
    }

    [Fact]
    public void A_census_scope_has_a_collapsed_interval_and_one_answer_no_sd()
    {
        // Limburg has 1 municipality in the frame and it answered: human 9.
        var figures = All();
        var human = figures.Get("province:VLI", "factors", Measure.Mean, "human").Estimate!;
        Assert.Equal(9, human.Value);
        Assert.True(human.Interval!.IsCollapsed);
        Assert.Null(figures.Find("province:VLI", "factors", Measure.StandardDeviation, "human"));
        // Brussels: 1 of 2, no interval can be estimated from one answer.
        Assert.Null(figures.Get("region:BRU", "factors", Measure.Mean, "human").Estimate!.Interval);
    }

    [Fact]
    public void Shares_of_zero_and_one()
    {
        // Brussels said yes to support (1/1); Wallonia urban said no twice (0/2).
        var figures = All();
        var all = figures.Get("region:BRU", "support", Measure.Share, "yes").Estimate!;
        Assert.Equal(1, all.Value);
        Assert.Equal(1, all.Interval!.Upper, 12);
        var none = figures.Get("region:WAL/area:urban", "support", Measure.Share, "yes").Estimate!;
        Assert.Equal(0, none.Value);
        Assert.Equal(0, none.Interval!.Lower, 12);
    }

    [Fact]
    public void All_missing_is_suppressed_for_want_of_answers()
    {
        var figures = All();
        var never = figures.Get("BE", "never", Measure.Share, "yes");
        Assert.True(never.IsSuppressed);
        Assert.Equal(SuppressionReason.NoAnswers, ((Suppressed)never.Value).Reason);
        Assert.Equal((8, 0, 8), (figures.CoverageOf("BE", "never").Respondents, figures.CoverageOf("BE", "never").Answered, figures.CoverageOf("BE", "never").Missing));
        Assert.Null(FigureText.Format(never, Languages.En));
    }

    [Fact]
    public void The_default_rule_suppresses_small_scopes_and_uses_fractions_below_ten()
    {
        var figures = FiguresAnalysis.Compute(TinyWave.Data());
        Assert.Equal(DisclosureRule.Default, figures.Options.Disclosure);
        var brussels = figures.Get("region:BRU", "support", Measure.Share, "yes");
        Assert.Equal(new Suppressed(SuppressionReason.TooFewAnswers, 3), brussels.Value);
        Assert.True(figures.Get("region:BRU", "progress", Measure.Mean).IsSuppressed);
        Assert.Empty(figures.RankedOptions("areas", "region:BRU"));
        Assert.Equal(DisclosureLevel.Suppressed, figures.CoverageOf("region:BRU", "progress").Disclosure);
        Assert.Null(figures.CoverageOf("region:BRU", "progress").Answered);
        // Brussels = Belgium − Flanders − Wallonia: one of the two is suppressed to protect Brussels (secondary
        // suppression: Flanders, first in scope order of the two with three answers, with Antwerp, the same
        // municipalities once Limburg is known to be empty).
        Assert.Equal(new Suppressed(SuppressionReason.ProtectsAnotherFigure, 3), figures.Get("region:VLG", "progress", Measure.Mean).Value);
        Assert.Equal(new Suppressed(SuppressionReason.ProtectsAnotherFigure, 3), figures.Get("province:VAN", "progress", Measure.Mean).Value);
        Assert.Equal(SuppressionReason.ProtectsAnotherFigure, figures.CoverageOf("region:VLG", "progress").Suppression);
        // Without secondary suppression, Flanders progress 2, 4, 6: three answers → shown, shares as a fraction
        figures = FiguresAnalysis.Compute(TinyWave.Data(), options: AnalysisOptions.Default with { Disclosure = DisclosureRule.Default with { Secondary = false } });
        var flanders = figures.Get("region:VLG", "progress", Measure.ShareAtLeast);
        Assert.Equal(DisclosureLevel.Fraction, flanders.Estimate!.Disclosure);
        Assert.Equal("1/3", FigureText.Format(flanders, Languages.Fr));
        Assert.Equal("4,00", FigureText.Format(figures.Get("region:VLG", "progress", Measure.Mean), Languages.Fr));
        Assert.Equal("4/7", FigureText.Format(figures.Get("BE", "progress", Measure.ShareAtLeast), Languages.En));
        Assert.Equal("5,14/10", FigureText.Score(figures.Get("BE", "progress", Measure.Mean), Languages.Nl));
    }

    [Fact]
    public void A_suppressed_figure_has_no_number_to_print()
    {
        var floating = typeof(Suppressed).GetProperties()
            .Where(p => p.PropertyType == typeof(double) || p.PropertyType == typeof(double?) || p.PropertyType == typeof(float))
            .ToList();
        Assert.Empty(floating);
        Assert.DoesNotContain(typeof(Suppressed).GetProperties(), p => p.Name is "Value" or "Count" or "Answered" or "Interval");
    }

    [Fact]
    public void Changes_are_flagged_only_beyond_the_combined_uncertainty()
    {
        // The previous wave rated the human factor 0 everywhere; its interval has no width.
        var previous = TinyWave.Data("2017", v => { v[1] = 0; return v; }, "energy_2017");
        var figures = FiguresAnalysis.Compute(TinyWave.Data(), previous, ShowAll);
        Assert.Equal("2017", figures.PreviousEdition);

        var human = figures.Get("BE", "factors", Measure.Mean, "human").Change!;
        Assert.Equal(7, human.Difference, 12);
        // s² = 12/7; margin = t(7) · s / √8 · √(9/16); the previous margin is 0
        var margin = T7 * Math.Sqrt(12.0 / 7) / Math.Sqrt(8) * 0.75;
        Assert.Equal(margin, human.CombinedMargin!.Value, 9);
        Assert.True(human.IsNotable);

        var progress = figures.Get("BE", "progress", Measure.Mean).Change!;
        Assert.Equal(0, progress.Difference, 12);
        Assert.False(progress.IsNotable);

        // an option that did not exist in the previous wave has no change
        Assert.Null(figures.Get("BE", "areas", Measure.Share, "energy").Change);
        Assert.NotNull(figures.Get("BE", "areas", Measure.Share, "mobility").Change);
    }

    [Fact]
    public void Suppressed_figures_carry_no_change()
    {
        var previous = TinyWave.Data("2017");
        var figures = FiguresAnalysis.Compute(TinyWave.Data(), previous);
        Assert.All(figures.Items.Where(f => f.IsSuppressed), f => Assert.Null(f.Change));
        Assert.NotNull(figures.Get("BE", "progress", Measure.Mean).Change);
    }

    [Fact]
    public void Region_weights_make_national_shares_stand_for_the_frame()
    {
        var options = ShowAll with { Weighting = WeightingScheme.Region };
        var figures = FiguresAnalysis.Compute(TinyWave.Data(), options: options);
        Assert.Equal(WeightingScheme.Region, figures.Options.Weighting);
        Assert.Equal(
            [("region:VLG", 7.0 / 4), ("region:WAL", 8.0 / 3), ("region:BRU", 2.0)],
            figures.Weights.Select(w => (w.ScopeId, w.Weight!.Value)));
        // Σ N_h p_h / N: Flanders 3/4 yes, Wallonia 1/3, Brussels 1/1
        var expected = ((7 * 0.75) + (8 / 3.0) + 2) / 17;
        Assert.Equal(expected, figures.Get("BE", "support", Measure.Share, "yes").Estimate!.Value, 12);
        // within a region the weights are constant: the same as unweighted
        Assert.Equal(0.75, figures.Get("region:VLG", "support", Measure.Share, "yes").Estimate!.Value, 12);
        Assert.Empty(All().Weights);
    }

    [Fact]
    public void A_weighted_mean_and_its_interval_use_kishs_effective_sample_size()
    {
        // progress by region: Flanders 2, 4, 6 (weight 7/4); Wallonia 9, 5, 3 (8/3); Brussels 7 (2)
        double[] x = [2, 4, 6, 9, 5, 3, 7];
        double[] w = [1.75, 1.75, 1.75, 8 / 3.0, 8 / 3.0, 8 / 3.0, 2];
        var total = w.Sum();
        var mean = x.Zip(w, (v, k) => v * k).Sum() / total;
        Assert.Equal((21 + (136.0 / 3) + 14) / 15.25, mean, 12); // Σ w = 15.25
        var sd = Math.Sqrt(x.Zip(w, (v, k) => k * (v - mean) * (v - mean)).Sum() / total * 7 / 6);
        var effective = total * total / w.Sum(k => k * k);
        var margin = T6 * sd / Math.Sqrt(effective) * Math.Sqrt(10.0 / 16);

        var figures = FiguresAnalysis.Compute(TinyWave.Data(), options: ShowAll with { Weighting = WeightingScheme.Region });
        var estimate = figures.Get("BE", "progress", Measure.Mean).Estimate!;
        Assert.Equal(mean, estimate.Value, 12);
        Assert.Equal(sd, figures.Get("BE", "progress", Measure.StandardDeviation).Estimate!.Value, 12);
        Assert.Equal(margin, estimate.Interval!.HalfWidth, 9);
        Assert.Equal(7, estimate.Answered);
    }

    [Fact]
    public void Region_by_area_weights_report_each_stratum()
    {
        var options = ShowAll with { Weighting = WeightingScheme.RegionArea };
        var figures = FiguresAnalysis.Compute(TinyWave.Data(), options: options);
        var vlgUrban = figures.Weights.Single(w => w.ScopeId == "region:VLG/area:urban");
        Assert.Equal((5, 3, 5.0 / 3), (vlgUrban.FrameSize, vlgUrban.Respondents, vlgUrban.Weight!.Value));
        var bruRural = figures.Weights.Single(w => w.ScopeId == "region:BRU/area:rural");
        Assert.Null(bruRural.Weight);
    }

    [Fact]
    public void Representativeness_by_region_matches_a_hand_chi_square()
    {
        var figures = All();
        var region = figures.Representativeness.Single(t => t.Dimension == "region");
        double[] expected = [8 * 7 / 17.0, 8 * 8 / 17.0, 8 * 2 / 17.0];
        int[] observed = [4, 3, 1];
        var x2 = Enumerable.Range(0, 3).Sum(k => Math.Pow(observed[k] - expected[k], 2) / expected[k]);
        Assert.Equal(x2, region.ChiSquare!.Value, 12);
        Assert.Equal(Math.Exp(-x2 / 2), region.PValue!.Value, 12);
        Assert.Equal(["region:VLG", "region:WAL", "region:BRU"], region.Cells.Select(c => c.ScopeId));
        Assert.Equal(3, figures.Representativeness.Single(t => t.Dimension == "province").DegreesOfFreedom);
        Assert.True(figures.Representativeness.Single(t => t.Dimension == "area").FrameIsAssumed);
    }

    [Fact]
    public void Rated_items_have_their_distribution()
    {
        // human, Belgium: 8 6 7 9 5 6 7 8 → two 8s out of 8
        var eight = All().Get("BE", "factors", Measure.Distribution, FiguresAnalysis.ItemValueOption("human", 8)).Estimate!;
        Assert.Equal("human=8", FiguresAnalysis.ItemValueOption("human", 8));
        Assert.Equal((8, 2), (eight.Answered, eight.Count!.Value));
        Assert.Equal(0.25, eight.Value, 12);
    }

    [Fact]
    public void Weighting_refuses_respondents_in_a_stratum_the_frame_says_is_empty()
    {
        // Brussels has no rural municipality in the frame; make the Brussels respondent rural.
        var data = TinyWave.Data();
        var moved = data with { Responses = [.. data.Responses.Select(r => r.Province == "BRU" ? r with { Area = ReportBuilder.Survey.Model.RuralUrban.Rural } : r)] };
        var error = Assert.Throws<InvalidOperationException>(() =>
            FiguresAnalysis.Compute(moved, options: ShowAll with { Weighting = WeightingScheme.RegionArea }));
        Assert.Contains("region:BRU/area:rural (1)", error.Message, StringComparison.Ordinal);
        // unweighted it is fine: the respondent is simply counted
        Assert.Equal(1, FiguresAnalysis.Compute(moved, options: ShowAll).ResponseOf("region:BRU/area:rural").Respondents);
    }

    [Fact]
    public void The_figures_are_deterministic()
    {
        var a = All().Items;
        var b = All().Items;
        Assert.Equal(a, b);
    }
}
