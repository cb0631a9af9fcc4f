namespace Bantin;

/// <summary>
/// An exception a build did not expect: a bug in Bantin, never a problem of the user's input (that is a diagnostic).
/// It carries the stage and the file being processed, so the one line the command prints tells where to look.
/// </summary>
public sealed class BuildCrash(string stage, string? item, Exception inner)
    : Exception($"{stage}{(item is null ? "" : $" ({item})")}: {inner.GetType().Name}: {inner.Message}", inner)
{
    public string Stage { get; } = stage;

    public string? Item { get; } = item;

    /// <summary>The crash inside <paramref name="e"/> (parallel loops wrap it), or a new one for <paramref name="stage"/>.</summary>
    public static BuildCrash From(Exception e, string stage)
    {
        if (e is BuildCrash crash) return crash;
        if (e is AggregateException many && many.Flatten().InnerExceptions.OfType<BuildCrash>().FirstOrDefault() is { } inner) return inner;
        return new BuildCrash(stage, null, e is AggregateException { InnerExceptions.Count: 1 } one ? one.InnerExceptions[0] : e);
    }

    /// <summary>True for a build stopped on request (Ctrl+C): itself or every exception a parallel loop gathered.</summary>
    public static bool IsCancellation(Exception e) =>
        e is OperationCanceledException
        || (e is AggregateException many && many.Flatten().InnerExceptions.All(x => x is OperationCanceledException));
}
