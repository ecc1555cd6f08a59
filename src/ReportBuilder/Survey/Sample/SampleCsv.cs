using System.Globalization;
using System.Text;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Survey.Sample;

/// <summary>Writes generated rows as a response CSV: UTF-8, comma-separated, LF, identity columns then the codebook's columns.</summary>
internal static class SampleCsv
{
    public static string Write(Codebook codebook, Frame frame, IEnumerable<SampleRow> rows)
    {
        var columns = codebook.AnswerColumns;
        var text = new StringBuilder();
        text.AppendJoin(',', IdentityColumns.All.Concat(columns)).Append('\n');
        foreach (var row in rows.OrderBy(r => r.Index))
        {
            var m = row.Municipality;
            var fields = new List<string>
            {
                m.Nis,
                Quote(m.NameFr),
                Quote(m.NameNl),
                m.Province,
                frame.RegionOf(m.Region).Code,
                m.Area == RuralUrban.Urban ? "urban" : "rural",
            };
            foreach (var column in columns)
            {
                if (!row.Values.TryGetValue(column, out var value))
                {
                    throw new InvalidOperationException($"The generator left column {column} unset for {m.Nis}.");
                }
                fields.Add(value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            }
            text.AppendJoin(',', fields).Append('\n');
        }
        return text.ToString();
    }

    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n;") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
