namespace ReportBuilder.Layout.Fluent;

/// <summary>
/// A place that takes exactly one piece of content. Content is put in it with the extension methods of
/// this namespace (<c>.Padding(10).Column(...)</c>, <c>.Text("...")</c>, ...); a method that wraps (Padding,
/// Background...) returns the inner container, a method that fills (Text, Column...) ends the chain.
/// </summary>
#pragma warning disable CA1040 // A marker: the fluent API lives in extension methods, one file per element.
public interface IContainer
#pragma warning restore CA1040
{
}
