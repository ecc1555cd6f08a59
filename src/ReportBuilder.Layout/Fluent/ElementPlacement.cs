using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Puts an element into a container: the one primitive every fluent method is built on.</summary>
internal static class ElementPlacement
{
    /// <summary>Places <paramref name="element"/> in <paramref name="container"/> and returns it.</summary>
    /// <exception cref="InvalidOperationException">The container already holds content.</exception>
    public static T Element<T>(this IContainer container, T element)
        where T : Element
    {
        ArgumentNullException.ThrowIfNull(container);
        if (container is not ContainerElement slot)
        {
            throw new ArgumentException("The container does not belong to this library.", nameof(container));
        }
        if (slot.Child is not null)
        {
            throw new InvalidOperationException(
                $"This container already holds {slot.Child.Name}; a container takes one child (use Column or Row for several).");
        }
        slot.Child = element;
        return element;
    }
}
