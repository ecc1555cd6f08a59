using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Tests.Elements;

/// <summary>Counts calls, shared by the probes of one test (both passes add to it).</summary>
internal sealed class ProbeCounter
{
    public int Measures { get; set; }
}

/// <summary>
/// A test element of a fixed height that cannot be split. It records the box it is drawn in (the final
/// pass, when the layout is recorded) under its name, and counts how often it is measured.
/// </summary>
internal sealed class ProbeBox(string name, float height, ProbeCounter? counter = null) : Element
{
    private bool _drawn;

    public override string Name => "Probe";

    public override void ResetState() => _drawn = false;

    public override SpacePlan Measure(Size available)
    {
        if (counter is not null)
        {
            counter.Measures++;
        }
        if (_drawn)
        {
            return SpacePlan.Empty;
        }
        return Tolerance.Fits(height, available.Height)
            ? SpacePlan.Full(available.Width, height)
            : Wrap(SpacePlan.NeedsHeight(height, available.Height));
    }

    public override void Draw(Size available)
    {
        _drawn = true;
        if (Context.IsFinalPass && Context.RecordLayout)
        {
            Context.Record.Elements.Add(new ElementRecord(Context.PageNumber, name, Context.ToPage(0, 0, available.Width, available.Height)));
        }
    }
}

/// <summary>A test element <paramref name="height"/> points tall that splits anywhere: each page takes
/// what it is offered. Records one box per part drawn, named "name#part".</summary>
internal sealed class SplittableProbe(string name, float height) : Element
{
    private float _done;
    private int _part;

    public override string Name => "SplittableProbe";

    public override void ResetState()
    {
        _done = 0;
        _part = 0;
    }

    public override SpacePlan Measure(Size available)
    {
        var left = height - _done;
        if (left <= Tolerance.Epsilon)
        {
            return SpacePlan.Empty;
        }
        if (Tolerance.Fits(left, available.Height))
        {
            return SpacePlan.Full(available.Width, left);
        }
        return available.Height > Tolerance.Epsilon
            ? SpacePlan.Partial(available.Width, available.Height)
            : Wrap(SpacePlan.NeedsHeight(left, available.Height));
    }

    public override void Draw(Size available)
    {
        var plan = Measure(available);
        if (plan.IsEmpty || plan.IsWrap)
        {
            return;
        }
        _done += plan.Height;
        _part++;
        if (Context.IsFinalPass && Context.RecordLayout)
        {
            Context.Record.Elements.Add(new ElementRecord(Context.PageNumber, $"{name}#{_part}", Context.ToPage(0, 0, available.Width, plan.Height)));
        }
    }
}
