namespace Bantin.Diagnostics;

/// <summary>
/// The longest id or slug accepted: leaves room for the output folder, the date folders and the staging name.
/// Here, beside <see cref="PathProblem.TooLong"/> which it defines, because the messages quote it.
/// </summary>
public static class SegmentLimit
{
    public const int Max = 100;
}
