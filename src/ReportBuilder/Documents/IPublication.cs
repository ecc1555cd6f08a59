namespace ReportBuilder.Documents;

/// <summary>
/// The contract every publication keeps: the units it makes of an edition (scope × language …), the content value of
/// each — everything the unit prints, built from the edition alone — and its rendering of that content with the
/// static assets only. The build plan fingerprints a unit by its content and the assets, so a unit is rendered again
/// exactly when something it prints changed. Derive from <see cref="Publication{TContent}"/>.
/// </summary>
public interface IPublication
{
    /// <summary>Which entry of the project's list of publications turns it on.</summary>
    Publication Kind { get; }

    /// <summary>The units of <paramref name="edition"/>, in a stable order.</summary>
    IReadOnlyList<PublicationKey> Keys(PublicationContext edition);

    /// <summary>The content value of the unit <paramref name="key"/>: everything it prints.</summary>
    object Build(PublicationContext edition, PublicationKey key);

    /// <summary>Renders <paramref name="content"/> (a value <see cref="Build"/> returned) into the bytes of the key's
    /// files, in their order, with nothing but <paramref name="assets"/>.</summary>
    IReadOnlyList<byte[]> Render(object content, PublicationAssets assets);
}
