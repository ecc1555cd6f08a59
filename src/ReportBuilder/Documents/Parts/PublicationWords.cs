using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Parts;

/// <summary>The fixed words the parts of every publication print (running heads, folios, captions, marks).</summary>
public static class PublicationWords
{
    /// <summary>"Page" before a folio.</summary>
    public static readonly LocalizedText Page = new("Page", "Page", "Pagina");

    /// <summary>"of" in "page 3 of 48".</summary>
    public static readonly LocalizedText Of = new("of", "sur", "van");

    /// <summary>"Figure" in a caption.</summary>
    public static readonly LocalizedText Figure = new("Figure", "Figure", "Figuur");

    /// <summary>"Table" in a caption.</summary>
    public static readonly LocalizedText Table = new("Table", "Tableau", "Tabel");

    /// <summary>"Source" before a source line.</summary>
    public static readonly LocalizedText Source = new("Source", "Source", "Bron");

    /// <summary>"Base" before the number of answers a figure rests on.</summary>
    public static readonly LocalizedText Base = new("Base", "Base", "Basis");

    /// <summary>The visible mark on every page built from synthetic data.</summary>
    public static readonly LocalizedText Synthetic = new(
        "SYNTHETIC DATA — a demonstration built from generated answers, not the survey's",
        "DONNÉES SYNTHÉTIQUES — démonstration construite sur des réponses générées, non celles de l’enquête",
        "SYNTHETISCHE GEGEVENS — een demonstratie op basis van gegenereerde antwoorden, niet die van de enquête");

    /// <summary>The short form of the synthetic mark, for running heads.</summary>
    public static readonly LocalizedText SyntheticShort = new("Synthetic data", "Données synthétiques", "Synthetische gegevens");

    /// <summary>A label and its colon as the language sets it: "Source: " (en, nl), "Source\u202F: " (fr).</summary>
    public static string Labelled(LocalizedText label, Language language)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label[language] + Colon(language);
    }

    /// <summary>A colon and the space after it as the language sets them: ": " (en, nl), "\u202F: " (fr, a narrow
    /// no-break space before).</summary>
    public static string Colon(Language language) => language == Language.Fr ? "\u202F: " : ": ";

    /// <summary>A value the disclosure rule withholds.</summary>
    public static readonly LocalizedText NotPublished = new("not published", "non publié", "niet gepubliceerd");

    /// <summary>The urban group's short name.</summary>
    public static readonly LocalizedText Urban = new("Urban", "Urbaines", "Stedelijk");

    /// <summary>The rural group's short name.</summary>
    public static readonly LocalizedText Rural = new("Rural", "Rurales", "Landelijk");
}
