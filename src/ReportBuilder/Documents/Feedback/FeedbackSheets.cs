using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Documents.Feedback;

/// <summary>Every confidential feedback sheet of a wave, as files: one PDF per responding municipality and language
/// (<see cref="FeedbackLanguages"/>), named by <see cref="FeedbackContentBuilder.FileName"/>. Kept out of the default
/// build; a build plan can take the list as it is.</summary>
public static class FeedbackSheets
{
    /// <summary>Renders every sheet (in parallel, in a fixed order) and returns (relative file name, bytes) pairs in
    /// the responses' file order, each municipality's languages together.</summary>
    /// <param name="inputs">The wave, its figures and the previous wave.</param>
    /// <param name="fonts">The fonts (<c>BundledFonts.CompactFiles</c> keeps each sheet small).</param>
    /// <exception cref="FeedbackDisclosureException">A sheet would let its reader deduce another municipality's answer
    /// (<see cref="FeedbackAudit"/>): no sheet is rendered.</exception>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Build(FeedbackInputs inputs, FontLibrary fonts)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(fonts);
        var sheets = FeedbackContentBuilder.Sheets(inputs.Data);
        // Every sheet's content is built and audited before any is rendered: one that discloses stops them all.
        var contents = new FeedbackContent[sheets.Count];
        Parallel.For(0, sheets.Count, i => contents[i] = FeedbackContentBuilder.Build(inputs, sheets[i].Response.Nis, sheets[i].Language));
        var disclosures = contents.SelectMany(c => FeedbackAudit.Check(c, inputs.Figures)).ToList();
        if (disclosures.Count > 0)
        {
            throw new FeedbackDisclosureException(disclosures);
        }
        var pdfs = new byte[sheets.Count][];
        Parallel.For(0, sheets.Count, i => pdfs[i] = FeedbackDocument.Compose(contents[i], fonts, inputs.Date).GeneratePdf());
        return [.. sheets.Select((s, i) => (FeedbackContentBuilder.FileName(inputs.Figures.Edition, s.Response.Nis, s.Language), pdfs[i]))];
    }
}
