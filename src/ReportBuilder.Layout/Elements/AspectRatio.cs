using System.Globalization;
using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>How an aspect-ratio box chooses its size.</summary>
internal enum AspectRatioMode
{
    /// <summary>The full width offered; the height follows.</summary>
    FitWidth,

    /// <summary>The full height offered; the width follows.</summary>
    FitHeight,

    /// <summary>As large as fits in the space offered.</summary>
    FitArea,
}

/// <summary>A box of a fixed width-to-height ratio; its child gets exactly that box.</summary>
internal sealed class AspectRatio : ContainerElement
{
    public override string Name => "AspectRatio";

    /// <summary>Width divided by height.</summary>
    public float Ratio { get; set; } = 1;

    public AspectRatioMode Mode { get; set; } = AspectRatioMode.FitWidth;

    private Size Box(Size available)
    {
        return Mode switch
        {
            AspectRatioMode.FitWidth => new Size(available.Width, available.Width / Ratio),
            AspectRatioMode.FitHeight => new Size(available.Height * Ratio, available.Height),
            _ => available.Width / Ratio <= available.Height
                ? new Size(available.Width, available.Width / Ratio)
                : new Size(available.Height * Ratio, available.Height),
        };
    }

    public override SpacePlan Measure(Size available)
    {
        var box = Box(available);
        if (!Tolerance.Fits(box.Width, available.Width))
        {
            return Wrap(SpacePlan.NeedsWidth(box.Width, available.Width)
                + string.Create(CultureInfo.InvariantCulture, $" for a {Ratio:0.###}:1 box"));
        }
        if (!Tolerance.Fits(box.Height, available.Height))
        {
            return Wrap(SpacePlan.NeedsHeight(box.Height, available.Height)
                + string.Create(CultureInfo.InvariantCulture, $" for a {Ratio:0.###}:1 box"));
        }
        if (Child is null)
        {
            return SpacePlan.Full(box.Width, box.Height);
        }
        var plan = Child.Measure(box);
        return plan.IsWrap || plan.IsEmpty ? plan : plan.WithSize(box.Width, box.Height);
    }

    public override void Draw(Size available)
    {
        if (Child is not null)
        {
            DrawChild(Child, 0, 0, Box(available));
        }
    }
}
