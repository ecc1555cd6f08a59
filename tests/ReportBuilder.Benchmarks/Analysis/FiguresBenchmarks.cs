using BenchmarkDotNet.Attributes;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Export;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Benchmarks.Analysis;

/// <summary>Every figure of a 100,000-respondent wave with 60 questions over 23 scopes (goal: under one second),
/// and the same with the previous wave compared, and the export of figures.json and figures.csv.</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class FiguresBenchmarks
{
    private SurveyData _wave = null!;
    private SurveyData _previous = null!;
    private Figures _figures = null!;

    [GlobalSetup]
    public void Setup()
    {
        _wave = SyntheticWave.Create(100_000);
        _previous = SyntheticWave.Create(100_000, seed: 2017);
        _figures = FiguresAnalysis.Compute(_wave);
        Console.WriteLine($"// {_figures.Scopes.Count} scopes, {_wave.Codebook.Questions.Count} questions, {_figures.Items.Count} figures");
    }

    /// <summary>Every figure of the wave.</summary>
    [Benchmark(Baseline = true)]
    public int AllFigures() => FiguresAnalysis.Compute(_wave).Items.Count;

    /// <summary>Every figure, with the change since a previous wave of the same size.</summary>
    [Benchmark]
    public int AllFiguresWithChange() => FiguresAnalysis.Compute(_wave, _previous).Items.Count;

    /// <summary>figures.json and figures.csv of every figure.</summary>
    [Benchmark]
    public int Export() => FiguresJson.Write(_figures, Languages.All).Length + FiguresCsv.Write(_figures).Length;
}
