using ReportBuilder.Documents;

namespace ReportBuilder.Publishing;

/// <summary>
/// One unit of a build plan: a publication in one scope and language, the files it writes, the fingerprint of
/// everything it is made from (the figures it prints, templates, plans, fonts, assets, the tool's version), and how
/// to render it. A build renders a unit only when its fingerprint changed or one of its files is missing or altered.
/// </summary>
/// <param name="Id">A stable id ("report/fr", "factsheet/WHT/nl").</param>
/// <param name="Publication">What it is.</param>
/// <param name="Files">The files it writes, relative to the output folder, with '/'.</param>
/// <param name="Fingerprint">The SHA-256 of its inputs.</param>
/// <param name="Why">What its inputs are, in words, for the summary ("national figures", "Hainaut's figures").</param>
/// <param name="Render">Renders its files, in the order of <paramref name="Files"/>.</param>
/// <param name="Cost">A rough relative cost of rendering it (pages, formats), so that a build starts the costliest first.</param>
public sealed record BuildUnit(string Id, Publication Publication, IReadOnlyList<string> Files, string Fingerprint, string Why,
    Func<IReadOnlyList<byte[]>> Render, int Cost = 1);
