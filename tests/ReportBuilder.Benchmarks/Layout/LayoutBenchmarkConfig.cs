using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>The short job every layout benchmark runs with (one launch, 2 warm-ups, 5 measured
/// iterations) and the memory diagnoser.</summary>
internal class LayoutBenchmarkConfig : ManualConfig
{
    public LayoutBenchmarkConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
    }
}

/// <summary>The layout benchmark configuration plus a pages-per-second column, for benchmarks whose
/// operation is one page.</summary>
internal sealed class PagesBenchmarkConfig : LayoutBenchmarkConfig
{
    public PagesBenchmarkConfig()
    {
        AddColumn(new PagesPerSecondColumn());
    }
}
