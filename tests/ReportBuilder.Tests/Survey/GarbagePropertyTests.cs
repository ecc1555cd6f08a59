using System.Text;
using FsCheck;
using FsCheck.Xunit;
using ReportBuilder.Survey.Loading;

namespace ReportBuilder.Tests.Survey;

/// <summary>Arbitrary garbage produces validation errors, never another exception, and never loads.</summary>
public sealed class GarbagePropertyTests
{
    [Property(MaxTest = 300)]
    public void Garbage_lines_after_a_valid_header_are_validation_errors(string[] lines)
    {
        var body = string.Join("\n", (lines ?? []).Select(l => l ?? string.Empty));
        var result = TestWave.Load(TestWave.Header + "\n" + body);
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Problems, p => Assert.Equal("t.csv", p.File));
    }

    [Property(MaxTest = 300)]
    public void Garbage_lines_among_valid_rows_are_validation_errors(NonEmptyString garbage, bool atEnd)
    {
        var line = garbage.Get.Replace('\n', ' ').Replace('\r', ' ');
        if (line.Split(',', ';').All(string.IsNullOrWhiteSpace))
        {
            line += "x";
        }
        var rows = atEnd ? new[] { TestWave.Liege, TestWave.Brussels, line } : [TestWave.Liege, line, TestWave.Brussels];
        var result = TestWave.Load(TestWave.Header + "\n" + string.Join("\n", rows) + "\n");
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
    }

    [Property(MaxTest = 300)]
    public void Arbitrary_bytes_are_validation_errors(byte[] bytes)
    {
        var result = TestWave.Load(bytes ?? []);
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
    }

    [Property(MaxTest = 200)]
    public void Arbitrary_corrections_files_never_throw(string[] lines)
    {
        var text = "nis,wave,column,old_value,new_value,reason,author,date\n" + string.Join("\n", (lines ?? []).Select(l => l ?? string.Empty));
        var result = SurveyLoader.Load(TestWave.TheCodebook, SurveyAssets.Frame, "t.csv", Encoding.UTF8.GetBytes(TestWave.Valid), "c.csv", Encoding.UTF8.GetBytes(text));
        Assert.True(result.Succeeded || result.Errors.Count > 0);
    }
}
