using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Fonts;
using SkiaSharp;

namespace ReportBuilder.Layout.Elements;

/// <summary>
/// Hands a callback an SKCanvas and the size of its box: the way charts and maps are drawn as vectors.
/// Takes all the space it is offered (constrain it with Height/Width/AspectRatio). The canvas is saved,
/// clipped to the box and restored around the callback. The callback runs in both passes, inside a
/// <see cref="CanvasFaces"/> scope: in the first pass on a canvas that draws nothing, so the engine learns the
/// glyphs of the text it draws through <see cref="CanvasFaces.For"/>; in the final pass with the
/// glyph-stripped faces handed back by the same call.
/// </summary>
internal sealed class CanvasElement : Element
{
    private bool _drawn;

    public CanvasElement(Action<SKCanvas, Size> paint)
    {
        Paint = paint;
    }

    public override string Name => "Canvas";

    /// <summary>What draws in the box.</summary>
    public Action<SKCanvas, Size> Paint { get; }

    public override void ResetState() => _drawn = false;

    public override SpacePlan Measure(Size available)
    {
        if (_drawn)
        {
            return SpacePlan.Empty;
        }
        if (available.Height >= Size.Unbounded || available.Width >= Size.Unbounded)
        {
            return Wrap("a canvas takes the space it is given and was given no limit; give it a Height, Width or AspectRatio");
        }
        return SpacePlan.Full(available.Width, available.Height);
    }

    public override void Draw(Size available)
    {
        _drawn = true;
        var canvas = Canvas;
        var saved = canvas.Save();
        try
        {
            canvas.ClipRect(SKRect.Create(0, 0, available.Width, available.Height));
            using (CanvasFaces.Enter(Context))
            {
                Paint(canvas, available);
            }
        }
        finally
        {
            canvas.RestoreToCount(saved);
        }
    }
}
