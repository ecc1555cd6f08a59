using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Feedback;

/// <summary>The confidential feedback sheets: one PDF per responding municipality in its language(s). A sheet's
/// content is audited (<see cref="FeedbackAudit"/>) as it is built, so a disclosing sheet stops the build before
/// anything renders.</summary>
public sealed class FeedbackPublication : Publication<FeedbackContent>
{
    /// <inheritdoc />
    public override Publication Kind => Publication.FeedbackSheets;

    /// <inheritdoc />
    public override IReadOnlyList<PublicationKey> Keys(PublicationContext edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return [.. FeedbackContentBuilder.Sheets(edition.Current, edition.Languages).Select(s => new PublicationKey($"feedback/{s.Response.Nis}/{s.Language.Code}",
            [FeedbackContentBuilder.FileName(edition.Edition, s.Response.Nis, s.Language).Replace('\\', '/')],
            "every figure and the municipality's own answers", s.Language, s.Response.Nis, Cost: 3))];
    }

    /// <inheritdoc />
    /// <exception cref="FeedbackDisclosureException">The sheet would let its reader deduce another municipality's answer.</exception>
    public override FeedbackContent BuildContent(PublicationContext edition, PublicationKey key)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(key);
        var inputs = new FeedbackInputs(edition.Figures, edition.Current, edition.Previous, edition.Templates, edition.DataVersion, edition.Date);
        return Audited(inputs, key.Scope!, key.Language!);
    }

    /// <summary>The sheet of <paramref name="nis"/> in <paramref name="language"/>, built and audited (what every road
    /// to a feedback sheet prints).</summary>
    /// <exception cref="FeedbackDisclosureException">The sheet would let its reader deduce another municipality's answer.</exception>
    public static FeedbackContent Audited(FeedbackInputs inputs, string nis, Language language)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var content = FeedbackContentBuilder.Build(inputs, nis, language);
        FeedbackAudit.Ensure(content, inputs.Figures);
        return content;
    }

    /// <inheritdoc />
    public override IReadOnlyList<byte[]> RenderContent(FeedbackContent content, PublicationAssets assets) =>
        [FeedbackDocument.Compose(content, assets.CompactFonts, assets.Date).GeneratePdf()];
}
