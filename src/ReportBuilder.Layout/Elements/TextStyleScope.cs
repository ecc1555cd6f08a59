using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>Sets the default text style for everything inside it (over the style in force around it).</summary>
internal sealed class TextStyleScope(TextStyle style) : ContainerElement
{
    public override string Name => "DefaultTextStyle";

    public override bool IsHiddenInPath => true;

    public override SpacePlan Measure(Size available)
    {
        var context = Context;
        var outer = context.DefaultTextStyle;
        context.DefaultTextStyle = style.Over(outer);
        try
        {
            return base.Measure(available);
        }
        finally
        {
            context.DefaultTextStyle = outer;
        }
    }

    public override void Draw(Size available)
    {
        var context = Context;
        var outer = context.DefaultTextStyle;
        context.DefaultTextStyle = style.Over(outer);
        try
        {
            base.Draw(available);
        }
        finally
        {
            context.DefaultTextStyle = outer;
        }
    }
}
