using System.Diagnostics;

namespace Bantin.Stages;

/// <summary>
/// Times the stages of one build for <c>build --timings</c>, names the stage a crash happened in, and is where a build
/// asked to stop (Ctrl+C) stops: between stages, never halfway through writing.
/// </summary>
public sealed class BuildClock
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<StageTime> _timings = [];
    private readonly StageName _current;
    private readonly CancellationToken _cancel;
    private TimeSpan _last = TimeSpan.Zero;
    private long _allocated = GC.GetTotalAllocatedBytes();

    public BuildClock(StageName current, CancellationToken cancel)
    {
        _current = current;
        _cancel = cancel;
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    public IReadOnlyList<StageTime> Timings => _timings;

    /// <summary>The stage just finished: its time and allocations are noted, and a requested stop happens here.</summary>
    public void Mark(string stage)
    {
        var now = GC.GetTotalAllocatedBytes();
        _timings.Add(new StageTime(stage, _clock.Elapsed - _last, now - _allocated, GC.GetGCMemoryInfo().HeapSizeBytes));
        (_last, _allocated) = (_clock.Elapsed, now);
        _current.Current = stage + " →";
        _cancel.ThrowIfCancellationRequested();
    }
}
