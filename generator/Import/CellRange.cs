namespace Bantin.Import;

/// <summary>A rectangle of cells, such as a merged cell (C5:D5).</summary>
public readonly record struct CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public bool Contains(int row, int column) =>
        row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;

    public override string ToString() =>
        CellReference.Format(FirstRow, FirstColumn) + ":" + CellReference.Format(LastRow, LastColumn);

    /// <summary>Reads "C5:D5"; a single "C5" is a one-cell range.</summary>
    public static bool TryParse(string? text, out CellRange range)
    {
        range = default;
        var parts = (text ?? "").Split(':');
        if (parts.Length is < 1 or > 2 || !CellReference.TryParse(parts[0], out var r1, out var c1)) return false;
        var (r2, c2) = (r1, c1);
        if (parts.Length == 2 && !CellReference.TryParse(parts[1], out r2, out c2)) return false;
        range = new CellRange(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2));
        return true;
    }
}
