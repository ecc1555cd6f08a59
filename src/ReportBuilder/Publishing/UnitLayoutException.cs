using ReportBuilder.Layout;

namespace ReportBuilder.Publishing;

/// <summary>A unit of the build plan whose content does not fit its pages: the input to change (the plan, settings or
/// codebook the publication is laid out from), the unit and the engine's element path and reason.</summary>
public sealed class UnitLayoutException(string file, string unit, LayoutException layout)
    : Exception($"{file}: error: {Reason(unit, layout)}", layout)
{
    /// <summary>What went wrong, without the file: the unit, the element and how much room it lacks.</summary>
    public string Problem { get; } = Reason(unit, layout);

    /// <summary>The input file the publication is laid out from.</summary>
    public string File { get; } = file;

    /// <summary>The unit ("infographic/en").</summary>
    public string Unit { get; } = unit;

    private static string Reason(string unit, LayoutException layout) =>
        $"{unit} does not fit its page ({layout.Message.TrimEnd('.')}); shorten or remove what this file puts on it";
}
