using ReportBuilder.Survey.Model;

namespace ReportBuilder.Survey.Loading;

/// <summary>The frame's codes indexed for loading many rows: provinces and regions by code, provinces by NIS prefix.</summary>
internal sealed class FrameLookup
{
    private readonly Frame _frame;
    private readonly Dictionary<string, Province> _provinces;
    private readonly Dictionary<string, Model.RegionInfo> _regions;
    private readonly Province?[]? _byTwoDigits;

    public FrameLookup(Frame frame)
    {
        _frame = frame;
        _provinces = new Dictionary<string, Province>(StringComparer.OrdinalIgnoreCase);
        foreach (var province in frame.Provinces)
        {
            _provinces.TryAdd(province.Code, province);
        }
        _regions = new Dictionary<string, Model.RegionInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var region in frame.Regions)
        {
            _regions.TryAdd(region.Code, region);
        }
        if (frame.Provinces.All(p => p.NisPrefixes.All(prefix => prefix.Length <= 2)))
        {
            // Every prefix has one or two digits: the first two digits of a code decide its province.
            _byTwoDigits = new Province?[100];
            for (var i = 0; i < 100; i++)
            {
                _byTwoDigits[i] = frame.ProvinceOfNis(i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "000");
            }
        }
    }

    public Province? Province(string code) => _provinces.GetValueOrDefault(code);

    public Model.RegionInfo? Region(string code) => _regions.GetValueOrDefault(code);

    /// <summary>The province of a five-digit code (digits already checked).</summary>
    public Province? ProvinceOfNis(string nis) =>
        _byTwoDigits is not null ? _byTwoDigits[((nis[0] - '0') * 10) + (nis[1] - '0')] : _frame.ProvinceOfNis(nis);
}
