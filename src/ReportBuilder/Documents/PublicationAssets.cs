using ReportBuilder.Documents.Infographic;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Documents;

/// <summary>
/// What a publication renders with besides its content: the fonts, the infographic's icons, the publisher's logo and
/// the date written to the files' metadata. The build plan fingerprints them as one (<see cref="Fingerprint"/>, from
/// the files they come from), beside each unit's content.
/// </summary>
/// <param name="Fonts">The bundled fonts.</param>
/// <param name="CompactFonts">The two compact faces the sheets use.</param>
/// <param name="Icons">The infographic's icons.</param>
/// <param name="Logo">The publisher's logo, or null.</param>
/// <param name="Date">The date written to the metadata (never the clock).</param>
/// <param name="Fingerprint">The hash of everything above (the files' bytes, the date) and of the tool's code.</param>
public sealed record PublicationAssets(FontLibrary Fonts, FontLibrary CompactFonts, InfographicIcons Icons, PublisherLogo? Logo, DateTime Date,
    string Fingerprint);
