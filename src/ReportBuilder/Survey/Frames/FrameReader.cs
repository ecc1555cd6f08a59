using System.Globalization;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;
using YamlDotNet.RepresentationModel;
using RegionInfo = ReportBuilder.Survey.Model.RegionInfo;

namespace ReportBuilder.Survey.Frames;

/// <summary>
/// Reads a frame from YAML (assets/frames/belgium-2018.yaml): regions, provinces with their NIS prefixes,
/// municipality counts, populations and rural/urban counts. Problems carry file and line.
/// </summary>
public static class FrameReader
{
    /// <summary>Reads the frame at <paramref name="path"/>.</summary>
    public static (Frame? Frame, IReadOnlyList<SurveyProblem> Problems) ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(File.ReadAllText(path), path);
    }

    /// <summary>Reads a frame from YAML <paramref name="text"/>; <paramref name="file"/> names it in messages.</summary>
    public static (Frame? Frame, IReadOnlyList<SurveyProblem> Problems) Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<SurveyProblem>();
        var (yaml, root) = YamlSource.Parse(text, file, problems);
        if (root is null)
        {
            return (null, problems);
        }
        yaml.OnlyKeys(root, "id", "reference_date", "source", "rural_urban_assumed", "regions", "provinces", "language_areas");
        var id = yaml.SafeId(root, "id");
        var date = yaml.Date(root, "reference_date");
        // The source is a sentence, or the same sentence in each language.
        var sourceText = yaml.Child(root, "source", required: false) is YamlMappingNode ? yaml.Text(root, "source") : null;
        var source = sourceText?.Find("en") ?? sourceText?.Codes.Select(sourceText.Find).FirstOrDefault() ?? yaml.String(root, "source");
        var assumed = yaml.Bool(root, "rural_urban_assumed");
        var regions = yaml.Items(root, "regions").Select(r => ReadRegion(yaml, r)).ToList();
        var provinces = yaml.Items(root, "provinces").Select(p => ReadProvince(yaml, p)).ToList();
        var valid = regions.OfType<RegionInfo>().ToList();
        foreach (var (province, node) in provinces.Zip(yaml.Items(root, "provinces")).Where(p => p.First is not null))
        {
            if (province!.Urban + province.Rural != province.Municipalities)
            {
                yaml.Error(
                    yaml.Child(node, "urban") ?? node,
                    "urban",
                    province.Urban.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"urban + rural ({province.Urban} + {province.Rural}) differs from the {province.Municipalities} municipalities of {province.Code}"));
            }
        }
        foreach (var (region, node) in regions.Zip(yaml.Items(root, "regions")).Where(r => r.First is not null).Select(r => (r.First!, r.Second)))
        {
            var sum = provinces.OfType<Province>().Where(p => p.Region == region.Region).Sum(p => p.Municipalities);
            if (sum != region.Municipalities)
            {
                yaml.Error(
                    yaml.Child(node, "municipalities") ?? node,
                    "municipalities",
                    region.Municipalities.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"the provinces of {region.Code} have {sum} municipalities, not {region.Municipalities}"));
            }
        }
        var areas = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var area in yaml.Items(root, "language_areas", required: false))
        {
            yaml.OnlyKeys(area, "languages", "nis");
            var languages = LanguageCodesOf(yaml, area, "languages");
            foreach (var nis in yaml.Strings(area, "nis"))
            {
                if (nis.Length != 5 || !nis.All(char.IsAsciiDigit))
                {
                    yaml.Error(yaml.Child(area, "nis")!, "nis", nis, "a NIS code is five digits");
                }
                else if (!areas.TryAdd(nis, languages))
                {
                    yaml.Error(yaml.Child(area, "nis")!, "nis", nis, "listed in two language areas");
                }
            }
        }
        if (problems.Count > 0 || id is null || date is null || source is null || assumed is null)
        {
            return (null, problems);
        }
        return (new Frame(id, date.Value, valid, [.. provinces.OfType<Province>()], assumed.Value, source)
        {
            SourceText = sourceText,
            LanguageAreas = areas,
        }, problems);
    }

    private static IReadOnlyList<string> LanguageCodesOf(YamlSource yaml, YamlMappingNode node, string key)
    {
        var codes = yaml.Strings(node, key);
        foreach (var code in codes.Where(c => !LanguageCodes.IsCode(c)))
        {
            yaml.Error(yaml.Child(node, key)!, key, code, LanguageCodes.Rule);
        }
        return [.. codes.Where(LanguageCodes.IsCode)];
    }

    private static Region? ParseRegion(YamlSource yaml, YamlMappingNode node)
    {
        var text = yaml.String(node, "region");
        switch (text)
        {
            case null:
                return null;
            case "flanders":
                return Region.Flanders;
            case "wallonia":
                return Region.Wallonia;
            case "brussels":
                return Region.Brussels;
            default:
                yaml.Error(yaml.Child(node, "region")!, "region", text, "unknown region; use flanders, wallonia or brussels");
                return null;
        }
    }

    private static RegionInfo? ReadRegion(YamlSource yaml, YamlMappingNode node)
    {
        yaml.OnlyKeys(node, "code", "region", "municipalities", "name", "languages");
        var code = yaml.SafeId(node, "code");
        var region = ParseRegion(yaml, node);
        var count = yaml.Int(node, "municipalities");
        var name = yaml.Text(node, "name");
        var languages = yaml.Child(node, "languages", required: false) is null ? [] : LanguageCodesOf(yaml, node, "languages");
        return code is null || region is null || count is null || name is null
            ? null
            : new RegionInfo(region.Value, code, name, count.Value) { Languages = languages };
    }

    private static Province? ReadProvince(YamlSource yaml, YamlMappingNode node)
    {
        yaml.OnlyKeys(node, "code", "region", "nis_prefixes", "municipalities", "population", "urban", "rural", "is_province", "name");
        var code = yaml.SafeId(node, "code");
        var region = ParseRegion(yaml, node);
        var prefixes = yaml.Strings(node, "nis_prefixes");
        var count = yaml.Int(node, "municipalities");
        var population = yaml.Long(node, "population");
        var urban = yaml.Int(node, "urban");
        var rural = yaml.Int(node, "rural");
        var isProvince = yaml.Bool(node, "is_province", required: false) ?? true;
        var name = yaml.Text(node, "name");
        foreach (var prefix in prefixes.Where(p => p.Length is < 1 or > 4 || !p.All(char.IsAsciiDigit)))
        {
            yaml.Error(node, "nis_prefixes", prefix, "a NIS prefix is one to four digits");
        }
        return code is null || region is null || prefixes.Count == 0 || count is null || population is null || urban is null || rural is null || name is null
            ? null
            : new Province(code, name, region.Value, prefixes, count.Value, population.Value, urban.Value, rural.Value, isProvince);
    }
}
