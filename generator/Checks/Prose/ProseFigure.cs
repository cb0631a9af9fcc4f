namespace Bantin.Checks.Prose;

/// <summary>
/// A figure in one line of text: a number typed by the editor ("1.738", "790/812", "trên 50%") or a figure call.
/// <see cref="Index"/> is the column in the line, 0-based.
/// </summary>
/// <param name="Matches">What the data holds that this figure stands for, for the article's unit and period.</param>
public sealed record ProseFigure(
    int Index,
    int Length,
    string Text,
    decimal Value,
    decimal? Of,
    bool IsPercent,
    ProseBound Bound,
    FigureCallText? Call,
    IReadOnlyList<DataMatch> Matches)
{
    public bool IsTyped => Call is null;

    public int End => Index + Length;
}
