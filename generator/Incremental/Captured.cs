using Bantin.Diagnostics;

namespace Bantin.Incremental;

/// <summary>
/// A stage's result together with the findings it reported, so that a rebuild that reuses the result reports the
/// same warnings again: a rebuild must say what a full build says.
/// </summary>
public sealed record Captured<T>(T Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static Captured<T> Run(Messages messages, Func<DiagnosticBag, T> stage)
    {
        var bag = new DiagnosticBag(messages);
        var value = stage(bag);
        return new Captured<T>(value, bag.Sorted());
    }

    public T ReplayInto(DiagnosticBag bag)
    {
        foreach (var diagnostic in Diagnostics) bag.Add(diagnostic);
        return Value;
    }
}
