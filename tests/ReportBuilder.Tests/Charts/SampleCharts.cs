using ReportBuilder.Charts;
using ReportBuilder.Localization;

namespace ReportBuilder.Tests.Charts;

/// <summary>Hand-made figures from the published 2018 barometer, one chart of every kind.</summary>
internal static class SampleCharts
{
    /// <summary>Published provincial progress means; the five provinces the sources do not give are suppressed.</summary>
    public static IReadOnlyDictionary<string, double?> ProvincialProgress { get; } = new Dictionary<string, double?>
    {
        ["BE-WHT"] = 4.80,
        ["BE-VAN"] = 4.42,
        ["BE-WBR"] = 4.29,
        ["BE-BRU"] = 4.00,
        ["BE-VBR"] = 3.00,
        ["BE-WLG"] = 2.68,
        ["BE-VLI"] = null,
        ["BE-VOV"] = null,
        ["BE-VWV"] = null,
        ["BE-WNA"] = null,
        ["BE-WLX"] = null,
    };

    public static OptionBarsChart Associations(Language language) => new(
        language,
        Languages.Text("What “smart city” means", "Ce que « smart city » évoque", "Wat ‘smart city’ betekent")[language],
        [
            new(Languages.Text("Quality of life", "Qualité de vie", "Levenskwaliteit")[language], 0.52),
            new(Languages.Text("Digitalisation of the city", "Digitalisation de la ville", "Digitalisering van de stad")[language], 0.73),
            new(Languages.Text("A shared overall view of the municipality’s challenges", "Une vision globale partagée des enjeux",
                "Een gedeelde visie op de uitdagingen")[language], 0.59),
            new(Languages.Text("Inclusive participation of citizens, public and private actors",
                "Participation inclusive des citoyens et des acteurs publics et privés",
                "Inclusieve participatie van burgers en publieke en private actoren")[language], 0.59),
            new(Languages.Text("Brand image", "Image de marque", "Imago")[language], 0.41),
            new(Languages.Text("Project planning and execution", "Planification et exécution de projets",
                "Planning en uitvoering van projecten")[language], 0.33),
        ]);

    public static GroupedBarsChart BenefitsByRegion(Language language) => new(
        language,
        Languages.Text("Benefits observed", "Bénéfices observés", "Vastgestelde voordelen")[language],
        [
            Languages.Text("Intangible benefits", "Bénéfices intangibles", "Immateriële voordelen")[language],
            Languages.Text("Cost reduction", "Réduction des coûts", "Kostenbesparing")[language],
            Languages.Text("No significant benefit", "Aucun bénéfice significatif", "Geen noemenswaardig voordeel")[language],
        ],
        [
            new(ChartScope.Flanders, Languages.Text("Flanders", "Flandre", "Vlaanderen")[language], [0.40, 0.33, 0.16]),
            new(ChartScope.Wallonia, Languages.Text("Wallonia", "Wallonie", "Wallonië")[language], [0.31, 0.28, 0.34]),
            new(ChartScope.Brussels, Languages.Text("Brussels", "Bruxelles", "Brussel")[language], [0.50, null, 0.25]),
        ]);

    public static ScaleDistributionChart Progress(Language language) => new(
        language,
        Languages.Text("Progress towards a smart city", "Progrès vers une smart city", "Vooruitgang naar een smart city")[language],
        [0.07, 0.10, 0.15, 0.17, 0.16, 0.13, 0.09, 0.06, 0.04, 0.03, 0.00],
        3.64);

    public static RankingChart Factors(Language language) => new(
        language,
        Languages.Text("Factors in the global strategy", "Facteurs dans la stratégie globale", "Factoren in de globale strategie")[language],
        [
            new(Languages.Text("Technological", "Technologique", "Technologisch")[language], 5.69),
            new(Languages.Text("Human", "Humain", "Menselijk")[language], 6.76),
            new(Languages.Text("Institutional", "Institutionnel", "Institutioneel")[language], 6.68),
        ]);

    public static DonutChart Objectives(Language language) => new(
        language,
        Languages.Text("Smart City objectives formalised", "Objectifs Smart City formalisés", "Smart City-doelstellingen geformaliseerd")[language],
        Languages.Text("Yes", "Oui", "Ja")[language],
        Languages.Text("No", "Non", "Nee")[language],
        0.35);

    public static ChoroplethMapChart ProgressMap(Language language) => new(
        language,
        Languages.Text("Progress by province", "Progrès par province", "Vooruitgang per provincie")[language],
        ProvincialProgress);

    public static IReadOnlyList<Chart> All(Language language) =>
        [Associations(language), BenefitsByRegion(language), Progress(language), Factors(language), Objectives(language), ProgressMap(language)];
}
