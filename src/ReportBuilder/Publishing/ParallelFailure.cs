using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Narrative;

namespace ReportBuilder.Publishing;

/// <summary>Runs work in parallel and reports its failure as a caller expects it: every disclosing feedback sheet found
/// as one <see cref="FeedbackDisclosureException"/>, a single failure as itself (an input's error keeps its type and
/// its file and line), units that do not fit their pages by the first of them, several others as they were.</summary>
internal static class ParallelFailure
{
    /// <summary>Runs <paramref name="work"/> for every index of <paramref name="order"/>, one at a time per worker, in
    /// that order.</summary>
    public static void Run(IReadOnlyList<int> order, Action<int> work)
    {
        // Every unit runs even when one fails, so that which failures are reported does not depend on timing.
        var failures = new ConcurrentBag<(int Index, Exception Error)>();
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), i =>
        {
            try
            {
                work(i);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add((i, e));
            }
        });
        if (failures.IsEmpty)
        {
            return;
        }
        var errors = failures.OrderBy(f => f.Index).Select(f => f.Error).ToList();
        if (errors.All(x => x is FeedbackDisclosureException))
        {
            throw new FeedbackDisclosureException([.. errors.Cast<FeedbackDisclosureException>().SelectMany(x => x.Findings)]);
        }
        // Templates that failed in several units: every distinct problem, once.
        if (errors.All(x => x is TemplateException))
        {
            throw new TemplateException([.. errors.Cast<TemplateException>().SelectMany(x => x.Located).Distinct()
                .OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)]);
        }
        // One failure, or the same input's failure in several units (a plan too long in every language, a label missing
        // the language of several units): the first, as itself.
        if (errors.Count == 1 || errors.All(x => x is UnitLayoutException) || errors.All(x => x is Localization.MissingTextException))
        {
            ExceptionDispatchInfo.Capture(errors
                .OrderBy(x => (x as UnitLayoutException)?.Unit ?? (x as Localization.MissingTextException)?.File, StringComparer.Ordinal)
                .ThenBy(x => (x as Localization.MissingTextException)?.Line)
                .ThenBy(x => (x as Localization.MissingTextException)?.Column)
                .ThenBy(x => (x as Localization.MissingTextException)?.Code, StringComparer.Ordinal)
                .First()).Throw();
        }
        throw new AggregateException(errors);
    }

    /// <summary>Runs <paramref name="work"/> for the indexes 0 to <paramref name="count"/> − 1.</summary>
    public static void Run(int count, Action<int> work) => Run([.. Enumerable.Range(0, count)], work);
}
