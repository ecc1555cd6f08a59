using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Analysis.Disclosure;

/// <summary>The additive relations among the scopes of a frame (see <see cref="AdditiveRelation"/>), derived from
/// the frame's provinces, regions and rural/urban split: Belgium = its regions = its provinces = urban + rural =
/// its regions' urban and rural parts; a region = its provinces = its urban + rural parts; urban = each region's
/// urban part; the Brussels-Capital Region = its one "province".</summary>
public static class AdditiveRelations
{
    /// <summary>Every relation among <paramref name="scopes"/> (from <see cref="ScopesOfFrame.Of"/>), in scope order of the totals.</summary>
    public static IReadOnlyList<AdditiveRelation> Of(IReadOnlyList<Scope> scopes, Frame frame)
    {
        var cells = ScopeCells.Of(scopes, frame);
        return [.. cells.Relations().Select(r => new AdditiveRelation(scopes[r.Total].Id, [.. r.Parts.Select(p => scopes[p].Id)]))];
    }
}
