using System.Text;
using ReportBuilder.Survey.Codebooks;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Tests.Survey;

/// <summary>A small codebook (one question of each kind) and the 2018 frame, for readable validation tests.</summary>
internal static class TestWave
{
    public const string Codebook = """
        edition:
          id: "T"
          year: 2018
          title: {en: Test, fr: Test, nl: Test}
          fieldwork: {start: 2018-01-01, end: 2018-02-01}
          publisher: {en: P, fr: P, nl: P}
          frame: belgium-2018
          synthetic: false
        chapters:
          - {id: c, number: 1, title: {en: C, fr: C, nl: C}}
        questions:
          - id: progress
            chapter: c
            section: 1
            order: 1
            type: scale_0_10
            column: progress
            text: {en: Progress, fr: Avancement, nl: Vooruitgang}
            short: {en: Progress, fr: Avancement, nl: Vooruitgang}
          - id: formalised
            chapter: c
            section: 2
            order: 1
            type: yes_no
            column: formalised
            text: {en: Formalised, fr: Formalisés, nl: Geformaliseerd}
            short: {en: Formalised, fr: Formalisés, nl: Geformaliseerd}
          - id: areas
            chapter: c
            section: 3
            order: 1
            type: multiple_choice
            text: {en: Areas, fr: Domaines, nl: Domeinen}
            short: {en: Areas, fr: Domaines, nl: Domeinen}
            options:
              - {id: energy, column: area_energy, label: {en: Energy, fr: Énergie, nl: Energie}, short: {en: Energy, fr: Énergie, nl: Energie}}
              - {id: mobility, column: area_mobility, label: {en: Mobility, fr: Mobilité, nl: Mobiliteit}, short: {en: Mobility, fr: Mobilité, nl: Mobiliteit}}
          - id: respondent_role
            chapter: c
            section: 4
            order: 1
            type: single_choice
            column: respondent_role
            text: {en: Role, fr: Fonction, nl: Functie}
            short: {en: Role, fr: Fonction, nl: Functie}
            options:
              - {id: general_director, code: 1, label: {en: DG, fr: DG, nl: AD}, short: {en: DG, fr: DG, nl: AD}}
              - {id: other, code: 5, label: {en: Other, fr: Autre, nl: Andere}, short: {en: Other, fr: Autre, nl: Andere}}
        """;

    public const string Header = "nis,name_fr,name_nl,province,region,rural_urban,progress,formalised,area_energy,area_mobility,respondent_role";

    public const string Liege = "62063,Liège,Luik,WLG,WAL,urban,3,1,1,0,1";
    public const string Brussels = "21004,Bruxelles,Brussel,BRU,BRU,urban,4,0,0,1,5";
    public const string Antwerp = "11002,Anvers,Antwerpen,VAN,VLG,rural,,1,1,1,";

    public static string Valid => string.Join("\n", Header, Liege, Brussels, Antwerp) + "\n";

    private static readonly Lazy<Codebook> LazyCodebook = new(() =>
    {
        var (codebook, problems) = CodebookReader.Read(Codebook, "test.yaml");
        Assert.True(codebook is not null, string.Join("\n", problems));
        return codebook!;
    });

    public static Codebook TheCodebook => LazyCodebook.Value;

    public static SurveyLoadResult Load(string csv, string? corrections = null, LoadOptions? options = null) =>
        Load(Encoding.UTF8.GetBytes(csv), corrections, options);

    public static SurveyLoadResult Load(byte[] csv, string? corrections = null, LoadOptions? options = null) =>
        SurveyLoader.Load(
            TheCodebook,
            SurveyAssets.Frame,
            "t.csv",
            csv,
            corrections is null ? null : "c.csv",
            corrections is null ? null : (ReadOnlyMemory<byte>?)Encoding.UTF8.GetBytes(corrections),
            options);

    /// <summary>Every problem as shown to the researcher.</summary>
    public static string[] Messages(SurveyLoadResult result) => [.. result.Problems.Select(p => p.ToString())];

    /// <summary>Asserts that nothing loaded and that the problems are exactly <paramref name="expected"/>.</summary>
    public static void AssertRefused(SurveyLoadResult result, params string[] expected)
    {
        Assert.Null(result.Data);
        Assert.False(result.Succeeded);
        Assert.Equal(expected, Messages(result));
    }
}
