namespace ReportBuilder.Layout;

/// <summary>A document generated in several formats at once (<see cref="Document.GenerateAll"/>).</summary>
/// <param name="Pdf">The PDF, or null when not asked for.</param>
/// <param name="Pngs">For each resolution asked for, in order, every page as PNG.</param>
/// <param name="Svgs">Every page as SVG, or null when not asked for.</param>
public sealed record DocumentOutputs(byte[]? Pdf, IReadOnlyList<IReadOnlyList<byte[]>> Pngs, IReadOnlyList<string>? Svgs);
