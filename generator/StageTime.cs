namespace Bantin;

/// <summary>One stage's line in <c>build --timings</c>: wall time, and bytes allocated (what the garbage collector will pay for).</summary>
public sealed record StageTime(string Stage, TimeSpan Time, long Allocated);
