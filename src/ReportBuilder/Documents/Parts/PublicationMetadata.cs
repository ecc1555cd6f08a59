using ReportBuilder.Layout;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Parts;

/// <summary>The PDF metadata every publication writes: title, author, subject, keywords, the document's language,
/// "ReportBuilder" as creator, and the build's date (from the data or SOURCE_DATE_EPOCH, never the clock) as UTC.</summary>
public static class PublicationMetadata
{
    /// <summary>The metadata of a publication in <paramref name="language"/>.</summary>
    public static DocumentMetadata Of(string title, string? author, string? subject, string? keywords, Language language, DateTime date)
    {
        var utc = DateTime.SpecifyKind(date, DateTimeKind.Utc);
        return new DocumentMetadata
        {
            Title = title,
            Author = author,
            Subject = subject,
            Keywords = keywords,
            Language = language.Culture.Name,
            Creator = "ReportBuilder",
            CreationDate = utc,
            ModifiedDate = utc,
        };
    }
}
