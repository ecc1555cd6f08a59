using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.Feedback;

/// <summary>The languages a municipality's sheet is written in, from the frame: the languages of its language area
/// when the frame lists one for it (<c>language_areas:</c>, e.g. German for the nine municipalities of the
/// German-speaking Community), else its region's (<c>languages:</c> of the region: Dutch in Flanders, French in
/// Wallonia, French and Dutch in Brussels) — those the edition publishes, in the frame's order. A municipality none of
/// whose languages the edition publishes gets the edition's first language.</summary>
public static class FeedbackLanguages
{
    /// <summary>The languages of <paramref name="response"/>'s sheets, in the order they are written.</summary>
    public static IReadOnlyList<Language> Of(Response response, Frame frame, IReadOnlyList<Language> published)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(published);
        var codes = frame.LanguagesOf(response.Nis, response.Region);
        var chosen = codes.Select(c => published.FirstOrDefault(l => l.Code == c)).OfType<Language>().ToList();
        if (chosen.Count == 0 && frame.LanguageAreas.ContainsKey(response.Nis))
        {
            // A language area the edition does not publish (German without German templates): the region's languages.
            chosen = [.. frame.RegionOf(response.Region).Languages.Select(c => published.FirstOrDefault(l => l.Code == c)).OfType<Language>()];
        }
        return chosen.Count > 0 ? chosen : [published[0]];
    }
}
