using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Parts;

/// <summary>The fixed words the parts of every publication print (running heads, folios, captions, marks).</summary>
public static class PublicationWords
{
    /// <summary>"Page" before a folio.</summary>
    public static readonly Term Page = new("publication.page");

    /// <summary>"of" in "page 3 of 48".</summary>
    public static readonly Term Of = new("publication.of");

    /// <summary>"Figure" in a caption.</summary>
    public static readonly Term Figure = new("publication.figure");

    /// <summary>"Table" in a caption.</summary>
    public static readonly Term Table = new("publication.table");

    /// <summary>"Source" before a source line.</summary>
    public static readonly Term Source = new("publication.source");

    /// <summary>"Base" before the number of answers a figure rests on.</summary>
    public static readonly Term Base = new("publication.base");

    /// <summary>The visible mark on every page built from synthetic data.</summary>
    public static readonly Term Synthetic = new("publication.synthetic");

    /// <summary>The short form of the synthetic mark, for running heads.</summary>
    public static readonly Term SyntheticShort = new("publication.synthetic_short");

    /// <summary>A label and its colon as the language sets it: "Source: " (en, nl), "Source\u202F: " (fr).</summary>
    public static string Labelled(Term label, Language language)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label[language] + Colon(language);
    }

    /// <summary>A colon and the space after it as the language sets them: ": " (en, nl), "\u202F: " (fr, a narrow
    /// no-break space before).</summary>
    public static string Colon(Language language) => ColonWord[language];

    private static readonly Term ColonWord = new("publication.colon");

    /// <summary>The separator of items in a list that already uses commas: "; " (" ; " in French).</summary>
    public static readonly Term ListSeparator = new("publication.list_separator");

    /// <summary>A value the disclosure rule withholds.</summary>
    public static readonly Term NotPublished = new("publication.not_published");

    /// <summary>The urban group's short name.</summary>
    public static readonly Term Urban = new("publication.urban");

    /// <summary>The rural group's short name.</summary>
    public static readonly Term Rural = new("publication.rural");

    /// <summary>A title in the language's quotation marks: “Strategy”, « Stratégie », ‘Strategie’.</summary>
    public static readonly Term Quoted = new("publication.quoted");

    /// <summary>The note under a change table or statement whose question's options changed since {0}.</summary>
    public static readonly Term OptionsChanged = new("publication.options_changed_note");
}
