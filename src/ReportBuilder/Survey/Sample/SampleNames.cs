using System.Globalization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Survey.Sample;

/// <summary>
/// Names and NIS codes for the synthetic waves. Real municipalities are used only where their 2018 NIS code is
/// known with confidence (the Brussels municipalities, the main cities); the others are named
/// "Commune synthétique Liège 5" / "Synthetische gemeente Luik 5" with a NIS code whose last three digits are
/// 9xx, a range no real municipality uses, under a real arrondissement prefix of the province.
/// </summary>
internal static class SampleNames
{
    /// <summary>Real municipalities by province code: NIS, French name, Dutch name (all urban).</summary>
    public static IReadOnlyDictionary<string, (string Nis, string Fr, string Nl)[]> Real { get; } = new Dictionary<string, (string, string, string)[]>(StringComparer.Ordinal)
    {
        ["VAN"] = [("11002", "Anvers", "Antwerpen"), ("12025", "Malines", "Mechelen"), ("13040", "Turnhout", "Turnhout")],
        ["VBR"] = [("24062", "Louvain", "Leuven"), ("23088", "Vilvorde", "Vilvoorde"), ("23027", "Hal", "Halle")],
        ["VLI"] = [("71022", "Hasselt", "Hasselt"), ("71016", "Genk", "Genk"), ("73083", "Tongres", "Tongeren")],
        ["VOV"] = [("44021", "Gand", "Gent"), ("41002", "Alost", "Aalst"), ("46021", "Saint-Nicolas", "Sint-Niklaas")],
        ["VWV"] = [("31005", "Bruges", "Brugge"), ("34022", "Courtrai", "Kortrijk"), ("35013", "Ostende", "Oostende"), ("36015", "Roulers", "Roeselare")],
        ["WHT"] = [("52011", "Charleroi", "Charleroi"), ("53053", "Mons", "Bergen"), ("57081", "Tournai", "Doornik"), ("54007", "Mouscron", "Moeskroen")],
        ["WLG"] = [("62063", "Liège", "Luik"), ("63079", "Verviers", "Verviers"), ("62096", "Seraing", "Seraing"), ("63023", "Eupen", "Eupen")],
        ["WLX"] = [("81001", "Arlon", "Aarlen"), ("82003", "Bastogne", "Bastenaken")],
        ["WNA"] = [("92094", "Namur", "Namen"), ("91034", "Dinant", "Dinant")],
        ["WBR"] = [("25112", "Wavre", "Waver"), ("25072", "Nivelles", "Nijvel"), ("25121", "Ottignies-Louvain-la-Neuve", "Ottignies-Louvain-la-Neuve")],
        ["BRU"] =
        [
            ("21004", "Bruxelles", "Brussel"), ("21009", "Ixelles", "Elsene"), ("21015", "Schaerbeek", "Schaarbeek"), ("21016", "Uccle", "Ukkel"),
            ("21001", "Anderlecht", "Anderlecht"), ("21002", "Auderghem", "Oudergem"), ("21003", "Berchem-Sainte-Agathe", "Sint-Agatha-Berchem"),
            ("21005", "Etterbeek", "Etterbeek"), ("21006", "Evere", "Evere"), ("21007", "Forest", "Vorst"), ("21008", "Ganshoren", "Ganshoren"),
            ("21010", "Jette", "Jette"), ("21011", "Koekelberg", "Koekelberg"), ("21012", "Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek"),
            ("21013", "Saint-Gilles", "Sint-Gillis"), ("21014", "Saint-Josse-ten-Noode", "Sint-Joost-ten-Node"),
            ("21017", "Watermael-Boitsfort", "Watermaal-Bosvoorde"), ("21018", "Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe"),
            ("21019", "Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe"),
        ],
    };

    /// <summary>The arrondissement prefix under which synthetic NIS codes of a province are made.</summary>
    private static readonly Dictionary<string, string> SyntheticPrefix = new(StringComparer.Ordinal)
    {
        ["VAN"] = "11",
        ["VBR"] = "24",
        ["VLI"] = "71",
        ["VOV"] = "44",
        ["VWV"] = "31",
        ["WHT"] = "53",
        ["WLG"] = "62",
        ["WLX"] = "84",
        ["WNA"] = "92",
        ["WBR"] = "25",
        ["BRU"] = "21",
    };

    /// <summary>
    /// The <paramref name="count"/> municipalities of a province for a wave: its real ones first (all urban), then synthetic ones;
    /// the last <paramref name="rural"/> are rural.
    /// </summary>
    public static IReadOnlyList<SampleMunicipality> For(Province province, int count, int rural)
    {
        var real = Real[province.Code];
        var list = new List<SampleMunicipality>();
        for (var i = 0; i < count; i++)
        {
            var area = i >= count - rural ? RuralUrban.Rural : RuralUrban.Urban;
            if (i < real.Length && area == RuralUrban.Urban)
            {
                list.Add(new SampleMunicipality(real[i].Nis, real[i].Fr, real[i].Nl, province.Code, province.Region, area, IsReal: true));
                continue;
            }
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var nis = SyntheticPrefix[province.Code] + (900 + i + 1).ToString(CultureInfo.InvariantCulture);
            list.Add(new SampleMunicipality(
                nis,
                $"Commune synthétique {province.Name["fr"]} {number}",
                $"Synthetische gemeente {province.Name["nl"]} {number}",
                province.Code,
                province.Region,
                area,
                IsReal: false));
        }
        return list;
    }
}
