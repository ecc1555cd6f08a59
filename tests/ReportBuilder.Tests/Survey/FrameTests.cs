using ReportBuilder.Localization;
using ReportBuilder.Survey.Frames;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Tests.Survey;

public sealed class FrameTests
{
    [Fact]
    public void The_2018_frame_matches_the_reference_table()
    {
        var frame = SurveyAssets.Frame;
        Assert.Equal(589, frame.Municipalities);
        Assert.Equal(11_376_070, frame.Population);
        Assert.Equal((308, 262, 19), (frame.RegionOf(Region.Flanders).Municipalities, frame.RegionOf(Region.Wallonia).Municipalities, frame.RegionOf(Region.Brussels).Municipalities));
        Assert.Equal(84, frame.FindProvince("WLG")!.Municipalities);
        Assert.Equal(1_105_326, frame.FindProvince("WLG")!.Population);
        Assert.Equal("Luik", frame.FindProvince("WLG")!.Name[Languages.Nl]);
        Assert.Equal(11, frame.Provinces.Count);
        Assert.False(frame.FindProvince("BRU")!.IsProvince);
        Assert.True(frame.RuralUrbanIsAssumed);
        Assert.All(frame.Provinces, p => Assert.Equal(p.Municipalities, p.Urban + p.Rural));
    }

    [Theory]
    [InlineData("11002", "VAN")]
    [InlineData("21004", "BRU")]
    [InlineData("23088", "VBR")]
    [InlineData("24062", "VBR")]
    [InlineData("25112", "WBR")]
    [InlineData("31005", "VWV")]
    [InlineData("44021", "VOV")]
    [InlineData("52011", "WHT")]
    [InlineData("62063", "WLG")]
    [InlineData("71022", "VLI")]
    [InlineData("81001", "WLX")]
    [InlineData("92094", "WNA")]
    public void A_nis_codes_leading_digits_give_its_province(string nis, string province)
    {
        Assert.Equal(province, SurveyAssets.Frame.ProvinceOfNis(nis)!.Code);
    }

    [Fact]
    public void No_province_claims_a_code_starting_with_2_alone_or_0()
    {
        Assert.Null(SurveyAssets.Frame.ProvinceOfNis("20001"));
        Assert.Null(SurveyAssets.Frame.ProvinceOfNis("01234"));
    }

    [Fact]
    public void Frame_errors_are_reported_with_file_and_line()
    {
        var text = File.ReadAllText(Path.Combine(SurveyAssets.Assets, "frames", "belgium-2018.yaml"))
            .Replace("    municipalities: 84\n", "    municipalities: 85\n", StringComparison.Ordinal);
        var (frame, problems) = FrameReader.Read(text, "frame.yaml");
        Assert.Null(frame);
        Assert.Equal(
        [
            "frame.yaml line 88, column urban, value \"70\": urban + rural (70 + 14) differs from the 85 municipalities of WLG",
            "frame.yaml line 20, column municipalities, value \"262\": the provinces of WAL have 263 municipalities, not 262",
        ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_region_sum_error_points_at_its_own_region_when_an_earlier_region_is_invalid()
    {
        var text = File.ReadAllText(Path.Combine(SurveyAssets.Assets, "frames", "belgium-2018.yaml"))
            .Replace("    municipalities: 308\n", "    municipalities: lots\n", StringComparison.Ordinal)
            .Replace("    municipalities: 84\n", "    municipalities: 85\n", StringComparison.Ordinal);
        var (frame, problems) = FrameReader.Read(text, "frame.yaml");
        Assert.Null(frame);
        var messages = problems.Select(p => p.ToString()).ToList();
        Assert.Contains("frame.yaml line 15, column municipalities, value \"lots\": 'municipalities' must be a whole number", messages);
        Assert.Contains("frame.yaml line 20, column municipalities, value \"262\": the provinces of WAL have 263 municipalities, not 262", messages);
        Assert.DoesNotContain(messages, m => m.Contains("line 15", StringComparison.Ordinal) && m.Contains("WAL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_date_and_a_bad_flag_are_reported_with_their_values()
    {
        var text = File.ReadAllText(Path.Combine(SurveyAssets.Assets, "frames", "belgium-2018.yaml"))
            .Replace("reference_date: 2018-01-01\n", "reference_date: 01/01/2018\n", StringComparison.Ordinal)
            .Replace("rural_urban_assumed: true\n", "rural_urban_assumed: maybe\n", StringComparison.Ordinal);
        var (frame, problems) = FrameReader.Read(text, "frame.yaml");
        Assert.Null(frame);
        Assert.Equal(
        [
            "frame.yaml line 9, column reference_date, value \"01/01/2018\": 'reference_date' must be a date written yyyy-mm-dd",
            "frame.yaml line 11, column rural_urban_assumed, value \"maybe\": 'rural_urban_assumed' must be true or false",
        ],
            problems.Select(p => p.ToString()));
    }
}
