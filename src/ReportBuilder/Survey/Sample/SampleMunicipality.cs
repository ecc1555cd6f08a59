using ReportBuilder.Survey.Model;

namespace ReportBuilder.Survey.Sample;

/// <summary>A municipality of a synthetic wave: a real name and NIS code where known with confidence, otherwise a clearly synthetic one.</summary>
internal sealed record SampleMunicipality(string Nis, string NameFr, string NameNl, string Province, Region Region, RuralUrban Area, bool IsReal);
