namespace Bantin.Render.Charts;

/// <summary>
/// A chosen time axis: the step, gridline positions (in months from the axis start, at step boundaries inside the
/// axis) and the labels that fit without touching each other.
/// </summary>
public sealed record TimeTicks(TimeStep Step, IReadOnlyList<int> Lines, IReadOnlyList<TimeLabel> Labels);
