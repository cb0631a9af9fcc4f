using System.Collections.Concurrent;
using System.Diagnostics;

namespace Bantin.Render;

/// <summary>
/// Thread time per page template for <c>build --timings</c> (as Hugo's <c>--templateMetrics</c>): how many pages, and how
/// long building their views, running the templates and writing the files took, summed over threads.
/// </summary>
public sealed class TemplateTimes
{
    private readonly ConcurrentDictionary<string, long[]> _ticks = new(StringComparer.Ordinal);

    public void Add(string template, long view, long render, long write, long viewBytes, long renderBytes)
    {
        var slot = _ticks.GetOrAdd(template, _ => new long[6]);
        Interlocked.Increment(ref slot[0]);
        Interlocked.Add(ref slot[1], view);
        Interlocked.Add(ref slot[2], render);
        Interlocked.Add(ref slot[3], write);
        Interlocked.Add(ref slot[4], viewBytes);
        Interlocked.Add(ref slot[5], renderBytes);
    }

    /// <summary>Slowest template first.</summary>
    public IReadOnlyList<TemplateTime> Sorted() => _ticks
        .Select(p => new TemplateTime(p.Key, (int)p.Value[0], Time(p.Value[1]), Time(p.Value[2]), Time(p.Value[3]), p.Value[4], p.Value[5]))
        .OrderByDescending(t => t.View + t.Render + t.Write).ThenBy(t => t.Template, StringComparer.Ordinal)
        .ToList();

    private static TimeSpan Time(long ticks) => TimeSpan.FromSeconds((double)ticks / Stopwatch.Frequency);
}
