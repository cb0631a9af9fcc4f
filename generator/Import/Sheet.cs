namespace Bantin.Import;

/// <summary>One worksheet (or a whole CSV file) as cells by place, with its merged ranges.</summary>
public sealed class Sheet
{
    private readonly Dictionary<(int Row, int Column), SheetCell> _cells = new();

    public Sheet(string name, IEnumerable<SheetCell> cells, IReadOnlyList<CellRange> merged)
    {
        Name = name;
        Merged = merged;
        foreach (var cell in cells)
        {
            _cells[(cell.Row, cell.Column)] = cell;
            LastRow = Math.Max(LastRow, cell.Row);
            LastColumn = Math.Max(LastColumn, cell.Column);
        }
    }

    public string Name { get; }

    public IReadOnlyList<CellRange> Merged { get; }

    public int LastRow { get; }

    public int LastColumn { get; }

    public bool IsEmpty => _cells.Count == 0;

    public SheetCell? Cell(int row, int column) => _cells.GetValueOrDefault((row, column));

    /// <summary>The cell's text, trimmed, with runs of white space (line breaks in wrapped headers) as one space.</summary>
    public string Text(int row, int column) =>
        Cell(row, column) is { } c ? string.Join(' ', c.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : "";

    public bool RowIsEmpty(int row)
    {
        for (var c = 1; c <= LastColumn; c++)
            if (Text(row, c).Length > 0) return false;
        return true;
    }

    /// <summary>The merged range that covers a cell and spans more than one column, if any.</summary>
    public CellRange? WideMerge(int row, int column)
    {
        foreach (var m in Merged)
            if (m.Contains(row, column) && m.LastColumn > m.FirstColumn) return m;
        return null;
    }
}
