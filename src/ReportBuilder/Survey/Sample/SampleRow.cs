namespace ReportBuilder.Survey.Sample;

/// <summary>A respondent being generated: its municipality and answers by column (null: missing).</summary>
internal sealed class SampleRow(SampleMunicipality municipality, int index)
{
    public SampleMunicipality Municipality { get; } = municipality;

    /// <summary>The row's position in the file, which fixes shuffles and output order.</summary>
    public int Index { get; } = index;

    public Dictionary<string, int?> Values { get; } = new(StringComparer.Ordinal);
}
