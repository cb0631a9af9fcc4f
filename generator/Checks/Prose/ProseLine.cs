namespace Bantin.Checks.Prose;

/// <summary>
/// One line of an article's title or body as the prose checks read it: <see cref="Text"/> keeps the columns of
/// the file but has figure calls, links, alt text, dates, document numbers and heading numbers blanked out.
/// </summary>
/// <param name="Line">The line in the source file.</param>
/// <param name="Raw">The line as written, for quoting.</param>
/// <param name="Column">The file column of the line's first character (the title starts after "title: ").</param>
public sealed record ProseLine(
    int Line,
    int Column,
    bool IsTitle,
    string Raw,
    string Text,
    IReadOnlyList<ProseFigure> Figures,
    IReadOnlyList<PeriodPhrase> Periods,
    IReadOnlyList<(int Start, int End)> Clauses)
{
    /// <summary>The clause (between ". ", "; ", ": ", outside parentheses) that holds a column.</summary>
    public (int Start, int End) ClauseAt(int index) =>
        Clauses.FirstOrDefault(c => c.Start <= index && index < c.End, (Start: 0, End: Text.Length));

    public IEnumerable<ProseFigure> FiguresIn((int Start, int End) clause) =>
        Figures.Where(f => f.Index >= clause.Start && f.Index < clause.End);

    public Diagnostics.SourceSpan Span(string file, int index) => new(file, Line, Column + index);
}
