using ReportBuilder.Localization;

namespace ReportBuilder.Documents.FactSheets;

/// <summary>The fixed words of the fact sheets (the sentences are in templates/{en,fr,nl}/factsheet).</summary>
internal static class FactSheetWords
{
    public static readonly Term FactSheet = new("factsheet.fact_sheet");
    public static readonly Term ProvinceSheet = new("factsheet.province_sheet");
    public static readonly Term RegionSheet = new("factsheet.region_sheet");
    public static readonly Term Province = new("factsheet.province");
    public static readonly Term RegionNoProvince = new("factsheet.region_no_province");
    public static readonly Term Municipality = new("factsheet.municipality");
    public static readonly Term Municipalities = new("factsheet.municipalities");
    public static readonly Term Participation = new("factsheet.participation");
    public static readonly Term Headline = new("factsheet.headline");
    public static readonly Term StandsOut = new("factsheet.stands_out");
    public static readonly Term RuralUrban = new("factsheet.rural_urban");
    public static readonly Term Change = new("factsheet.change");
    public static readonly Term ChangeNoPrevious = new("factsheet.change_no_previous");
    public static readonly Term HowToRead = new("factsheet.how_to_read");
    public static readonly Term Answered = new("factsheet.answered");
    public static readonly Term AnsweredOne = new("factsheet.answered_one");
    public static readonly Term OutOf = new("factsheet.out_of");
    public static readonly Term ResponseRate = new("factsheet.response_rate");
    public static readonly Term ScoreTitle = new("factsheet.score_title");
    public static readonly Term ShareTitle = new("factsheet.share_title");
    public static readonly Term IndicatorsCaption = new("factsheet.indicators_caption");
    public static readonly Term IndicatorsBase = new("factsheet.indicators_base");
    public static readonly Term And = new("factsheet.and");
    public static readonly Term Indicator = new("factsheet.indicator");
    public static readonly Term Difference = new("factsheet.difference");
    public static readonly Term Points = new("factsheet.points");
    public static readonly Term NotableMark = new("factsheet.notable_mark");
    public static readonly Term DashNote = new("factsheet.dash_note");
    public static readonly Term DashNoteGroups = new("factsheet.dash_note_groups");
    public static readonly Term NoRespondents = new("factsheet.no_respondents");
    public static readonly Term FiguresVersion = new("factsheet.figures_version");
    public static readonly Term SyntheticSample = new("factsheet.synthetic_sample");
    public static readonly Term MapSubject = new("factsheet.map_subject");

    /// <summary>After the caption of a figure continued from the one before.</summary>
    public static readonly Term Continued = new("factsheet.continued");
}
