using ReportBuilder.Survey.Codebooks;
using ReportBuilder.Survey.Frames;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Tests.Survey;

/// <summary>The repository's assets folder and its codebooks, frame and sample waves, read once.</summary>
internal static class SurveyAssets
{
    private static readonly Lazy<Frame> LazyFrame = new(() => FrameReader.ReadFile(Path.Combine(Assets, "frames", "belgium-2018.yaml")).Frame!);
    private static readonly Lazy<Codebook> LazyCodebook2018 = new(() => CodebookReader.ReadFile(Path.Combine(Assets, "codebooks", "barometer-2018.yaml")).Codebook!);
    private static readonly Lazy<Codebook> LazyCodebook2017 = new(() => CodebookReader.ReadFile(Path.Combine(Assets, "codebooks", "barometer-2017.yaml")).Codebook!);

    public static string Root => SampleEdition.Root;

    public static string Assets => SampleEdition.Assets;

    public static Frame Frame => LazyFrame.Value;

    public static Codebook Codebook2018 => LazyCodebook2018.Value;

    public static Codebook Codebook2017 => LazyCodebook2017.Value;

    public static SurveyData Load2018()
    {
        var result = SurveyLoader.Load(SurveyFiles.Sample(Assets, 2018));
        Assert.True(result.Succeeded, result.Report());
        return result.Data!;
    }
}
