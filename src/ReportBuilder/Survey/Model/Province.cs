using ReportBuilder.Localization;

namespace ReportBuilder.Survey.Model;

/// <summary>
/// A province of the frame. The Brussels-Capital Region has no province; the frame lists it as a
/// province-level unit with <see cref="IsProvince"/> false so that every municipality has one.
/// </summary>
/// <param name="Code">The data code used in response files (ISO 3166-2:BE without "BE-": VAN, VLI, VOV, VBR, VWV, WHT, WLG, WLX, WNA, WBR, BRU).</param>
/// <param name="Name">The name in each language ("Liège", "Liège", "Luik").</param>
/// <param name="Region">The region the province belongs to.</param>
/// <param name="NisPrefixes">The leading digits of its municipalities' NIS codes ("1" for Antwerp; "23" and "24" for Flemish Brabant).</param>
/// <param name="Municipalities">How many municipalities it has in this frame.</param>
/// <param name="Population">Its population on the frame's reference date.</param>
/// <param name="Urban">How many of its municipalities are urban (see <see cref="Frame.RuralUrbanIsAssumed"/>).</param>
/// <param name="Rural">How many of its municipalities are rural (see <see cref="Frame.RuralUrbanIsAssumed"/>).</param>
/// <param name="IsProvince">False for the Brussels-Capital Region, which is not a province.</param>
public sealed record Province(
    string Code,
    LocalizedText Name,
    Region Region,
    IReadOnlyList<string> NisPrefixes,
    int Municipalities,
    long Population,
    int Urban,
    int Rural,
    bool IsProvince = true);
