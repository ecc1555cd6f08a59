namespace ReportBuilder.Narrative;

/// <summary>A run of text in one style, as the light markup of a template produced it.</summary>
/// <param name="Text">The text (may contain U+202F and U+00A0 from number formats; never markup).</param>
/// <param name="Bold">Set in bold (**…** in a template).</param>
/// <param name="Italic">Set in italic (*…* in a template).</param>
public sealed record TextSpan(string Text, bool Bold = false, bool Italic = false);
