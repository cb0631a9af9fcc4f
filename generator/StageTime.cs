namespace Bantin;

/// <summary>
/// One stage's line in <c>build --timings</c>: wall time, bytes allocated (what the garbage collector will pay for), and
/// the managed heap's size at the last collection (what the stage kept alive).
/// </summary>
public sealed record StageTime(string Stage, TimeSpan Time, long Allocated, long Heap);
