using ReportBuilder.Survey.Sample;

namespace ReportBuilder.Tests.Survey;

/// <summary>
/// The committed sample waves are exactly what the seeded generators make. To regenerate them after changing a
/// generator: REPORTBUILDER_REGENERATE_SAMPLES=1 dotnet test tests/ReportBuilder.Tests --filter SampleFilesTests
/// </summary>
public sealed class SampleFilesTests
{
    private static readonly bool Regenerate = Environment.GetEnvironmentVariable("REPORTBUILDER_REGENERATE_SAMPLES") == "1";

    [Fact]
    public void The_2018_sample_files_equal_a_fresh_generation()
    {
        var wave = Barometer2018Sample.Generate(SurveyAssets.Codebook2018, SurveyAssets.Frame);
        Check("responses-2018.csv", wave.Responses);
        Check("corrections-2018.csv", wave.Corrections!);
    }

    [Fact]
    public void The_2017_sample_file_equals_a_fresh_generation()
    {
        var wave = Barometer2017Sample.Generate(SurveyAssets.Codebook2017, SurveyAssets.Frame);
        Check("responses-2017.csv", wave.Responses);
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        var first = Barometer2018Sample.Generate(SurveyAssets.Codebook2018, SurveyAssets.Frame);
        var second = Barometer2018Sample.Generate(SurveyAssets.Codebook2018, SurveyAssets.Frame);
        Assert.Equal(first, second);
    }

    private static void Check(string name, string generated)
    {
        var path = Path.Combine(SurveyAssets.Assets, "sample", name);
        if (Regenerate)
        {
            File.WriteAllText(path, generated);
        }
        Assert.Equal(generated, File.ReadAllText(path));
    }
}
