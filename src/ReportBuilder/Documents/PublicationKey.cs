using ReportBuilder.Localization;

namespace ReportBuilder.Documents;

/// <summary>One unit of a publication: its stable id, the files it writes and what it shows.</summary>
/// <param name="Id">A stable id ("report/fr", "factsheet/wht/nl"), unique in an edition.</param>
/// <param name="Files">The files it writes, relative to the output folder, with '/'.</param>
/// <param name="Why">What it shows, in words, for the build's summary ("every figure", "Hainaut's figures").</param>
/// <param name="Language">Its language, or null.</param>
/// <param name="Scope">Its scope (a province code, a municipality's NIS code), or null.</param>
/// <param name="Cost">A rough relative cost of rendering it, so that a build starts the costliest first.</param>
public sealed record PublicationKey(string Id, IReadOnlyList<string> Files, string Why, Language? Language = null, string? Scope = null, int Cost = 1);
