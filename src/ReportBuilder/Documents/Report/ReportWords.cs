using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Report;

/// <summary>The fixed words of the annual report in each language (titles of its parts, table headings, the
/// words of bases and captions). Sentences about the figures come from the templates.</summary>
internal static class ReportWords
{
    public static readonly Term Report = new("report.report");
    public static readonly Term Chapter = new("report.chapter");
    public static readonly Term Annex = new("report.annex");
    public static readonly Term Foreword = new("report.foreword");
    public static readonly Term Contents = new("report.contents");
    public static readonly Term AtAGlance = new("report.at_a_glance");
    public static readonly Term Methodology = new("report.methodology");
    public static readonly Term Introduction = new("report.introduction");
    public static readonly Term Conclusion = new("report.conclusion");
    public static readonly Term Bibliography = new("report.bibliography");
    public static readonly Term Lists = new("report.lists");
    public static readonly Term ListOfFigures = new("report.list_of_figures");
    public static readonly Term ListOfTables = new("report.list_of_tables");
    public static readonly Term About = new("report.about");
    public static readonly Term Questionnaire = new("report.questionnaire");
    public static readonly Term FrameAnnex = new("report.frame_annex");
    public static readonly Term DetailedTables = new("report.detailed_tables");
    public static readonly Term Corrections = new("report.corrections");

    public static readonly Term Colophon = new("report.colophon");
    public static readonly Term Publisher = new("report.publisher");
    public static readonly Term Edition = new("report.edition");
    public static readonly Term Authors = new("report.authors");
    public static readonly Term Fieldwork = new("report.fieldwork");
    public static readonly Term DataVersion = new("report.data_version");
    public static readonly Term CiteAs = new("report.cite_as");
    public static readonly Term Licence = new("report.licence");
    public static readonly Term Notice = new("report.notice");
    public static readonly Term Published = new("report.published");

    public static readonly Term ByRegion = new("report.by_region");
    public static readonly Term ByProvince = new("report.by_province");
    public static readonly Term ByArea = new("report.by_area");
    public static readonly Term SinceLast = new("report.since_last");

    public static readonly Term Scope = new("report.scope");
    public static readonly Term Region = new("report.region");
    public static readonly Term Province = new("report.province");
    public static readonly Term Municipalities = new("report.municipalities");
    public static readonly Term Population = new("report.population");
    public static readonly Term Respondents = new("report.respondents");
    public static readonly Term ResponseRate = new("report.response_rate");
    public static readonly Term Expected = new("report.expected");
    public static readonly Term Estimate = new("report.estimate");
    public static readonly Term Interval = new("report.interval");
    public static readonly Term Item = new("report.item");
    public static readonly Term Change = new("report.change");
    public static readonly Term Verdict = new("report.verdict");
    public static readonly Term Higher = new("report.higher");
    public static readonly Term Lower = new("report.lower");
    public static readonly Term AboutTheSame = new("report.about_the_same");
    public static readonly Term Test = new("report.test");
    public static readonly Term ChiSquare = new("report.chi_square");
    public static readonly Term Df = new("report.df");
    public static readonly Term PValue = new("report.p_value");
    public static readonly Term Representative = new("report.representative");
    public static readonly Term NotRepresentative = new("report.not_representative");
    public static readonly Term DimensionRegion = new("report.dimension_region");
    public static readonly Term DimensionProvince = new("report.dimension_province");
    public static readonly Term DimensionArea = new("report.dimension_area");
    public static readonly Term Total = new("report.total");
    public static readonly Term Municipality = new("report.municipality");
    public static readonly Term AMunicipalityOf = new("report.a_municipality_of");
    public static readonly Term Question = new("report.question");
    public static readonly Term OldValue = new("report.old_value");
    public static readonly Term NewValue = new("report.new_value");
    public static readonly Term Reason = new("report.reason");
    public static readonly Term Missing = new("report.missing");
    public static readonly Term Options = new("report.options");
    public static readonly Term TypeScale = new("report.type_scale");
    public static readonly Term TypeYesNo = new("report.type_yes_no");
    public static readonly Term TypeSingle = new("report.type_single");
    public static readonly Term TypeMultiple = new("report.type_multiple");
    public static readonly Term TypeRated = new("report.type_rated");
    public static readonly Term TypeRanking = new("report.type_ranking");
    public static readonly Term Mean = new("report.mean");
    public static readonly Term AtLeastHalfway = new("report.at_least_halfway");
    public static readonly Term MeanRank = new("report.mean_rank");

    public static readonly Term NotPublishedNote = new("report.not_published_note");

    /// <summary><see cref="NotPublishedNote"/> when the rule also protects small groups.</summary>
    public static readonly Term NotPublishedNoteGroups = new("report.not_published_note_groups");

    /// <summary>The cover's tagline: {0} respondents of {1} municipalities.</summary>
    public static readonly Term Tagline = new("report.tagline");

    /// <summary>Beside the number of respondents on the opening page.</summary>
    public static readonly Term TookPart = new("report.took_part");

    /// <summary>The response rate: {0} the rate, {1} the frame's size.</summary>
    public static readonly Term RateOfFrame = new("report.rate_of_frame");

    /// <summary>The frame table's title; {0} the frame's date.</summary>
    public static readonly Term FrameTable = new("report.frame_table");

    /// <summary>The corrections table's title.</summary>
    public static readonly Term CorrectionsTable = new("report.corrections_table");
}
