using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.Feedback;

/// <summary>The languages a municipality's sheet is written in: Dutch in Flanders, French in Wallonia, French and
/// Dutch in Brussels. The municipalities of the German-speaking Community get French: there are no German
/// templates.</summary>
public static class FeedbackLanguages
{
    /// <summary>The NIS codes of the nine municipalities of the German-speaking Community: Amel, Büllingen,
    /// Bütgenbach, Eupen, Kelmis, Lontzen, Raeren, Sankt Vith and Burg-Reuland.</summary>
    public static IReadOnlySet<string> GermanSpeaking { get; } = new SortedSet<string>(StringComparer.Ordinal)
    {
        "63001", "63012", "63013", "63023", "63040", "63048", "63061", "63067", "63087",
    };

    /// <summary>The languages of <paramref name="response"/>'s sheets, in the order they are written.</summary>
    public static IReadOnlyList<Language> Of(Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Region switch
        {
            Region.Flanders => [Language.Nl],
            Region.Brussels => [Language.Fr, Language.Nl],
            // Wallonia, the German-speaking Community included (French until German templates exist).
            _ => [Language.Fr],
        };
    }
}
