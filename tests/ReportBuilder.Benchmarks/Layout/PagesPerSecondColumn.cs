using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>A summary column: pages per second from the median time of one operation, where the
/// benchmarks declare one operation per page (OperationsPerInvoke = page count).</summary>
internal sealed class PagesPerSecondColumn : IColumn
{
    public string Id => nameof(PagesPerSecondColumn);

    public string ColumnName => "Pages/s (median)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Pages per second, from the median time per page";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var median = report?.ResultStatistics?.Median;
        return median is > 0 ? (1e9 / median.Value).ToString("0", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
