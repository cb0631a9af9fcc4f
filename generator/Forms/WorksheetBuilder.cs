using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bantin.Forms;

/// <summary>Collects one worksheet's cells, merges, hidden rows and columns and validations, then writes them in the order the format requires.</summary>
internal sealed class WorksheetBuilder
{
    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> _rows = new();
    private readonly Dictionary<int, double> _heights = new();
    private readonly HashSet<int> _hiddenRows = [];
    private readonly List<Column> _columns = [];
    private readonly List<string> _merges = [];
    private readonly List<DataValidation> _validations = [];
    private string? _freezeAt;
    private (int Columns, int Rows) _freeze;

    public void Text(int row, int column, string text, uint style = 0) =>
        Put(row, column, new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)), StyleIndex = style });

    public void Number(int row, int column, int value, uint style = 0) =>
        Put(row, column, new Cell { CellValue = new CellValue(value), StyleIndex = style });

    /// <summary>A real number cell (not text), written exactly as the data holds it.</summary>
    public void Number(int row, int column, decimal value, uint style) =>
        Put(row, column, new Cell { CellValue = new CellValue(value), StyleIndex = style });

    public void Empty(int row, int column, uint style) => Put(row, column, new Cell { StyleIndex = style });

    public void HideRow(int row) => _hiddenRows.Add(row);

    public void Height(int row, double points) => _heights[row] = points;

    public void Column(int column, double width, bool hidden = false) =>
        _columns.Add(new Column { Min = (uint)column, Max = (uint)column, Width = width, CustomWidth = true, Hidden = hidden ? true : null });

    public void Merge(int row, int firstColumn, int lastColumn)
    {
        if (lastColumn > firstColumn)
            _merges.Add($"{Import.CellReference.Format(row, firstColumn)}:{Import.CellReference.Format(row, lastColumn)}");
    }

    public void Freeze(int columns, int rows)
    {
        _freeze = (columns, rows);
        _freezeAt = Import.CellReference.Format(rows + 1, columns + 1);
    }

    /// <summary>Excel checks what is typed into <paramref name="range"/> and refuses anything else with the message.</summary>
    public void Validate(string range, DataValidationValues type, string? formula, DataValidationOperatorValues? op, (string Title, string Message) rule)
    {
        var v = new DataValidation
        {
            Type = type, AllowBlank = true, ShowErrorMessage = true, ShowInputMessage = true,
            ErrorTitle = rule.Title, Error = rule.Message, PromptTitle = rule.Title, Prompt = rule.Message,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
        };
        if (op is { } o) v.Operator = o;
        if (formula is not null) v.Append(new Formula1(formula));
        _validations.Add(v);
    }

    public Worksheet Build()
    {
        var sheet = new Worksheet();
        var view = new SheetView { WorkbookViewId = 0 };
        if (_freezeAt is not null)
            view.Append(new Pane
            {
                HorizontalSplit = _freeze.Columns, VerticalSplit = _freeze.Rows, TopLeftCell = _freezeAt,
                ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen,
            });
        sheet.Append(new SheetViews(view));
        if (_columns.Count > 0) sheet.Append(new Columns(_columns.OrderBy(c => c.Min!.Value)));
        var data = new SheetData();
        foreach (var (index, cells) in _rows)
        {
            var row = new Row { RowIndex = (uint)index };
            if (_hiddenRows.Contains(index)) row.Hidden = true;
            if (_heights.TryGetValue(index, out var h)) { row.Height = h; row.CustomHeight = true; }
            foreach (var (column, cell) in cells)
            {
                cell.CellReference = Import.CellReference.Format(index, column);
                row.Append(cell);
            }
            data.Append(row);
        }
        sheet.Append(data);
        if (_merges.Count > 0) sheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })));
        if (_validations.Count > 0) sheet.Append(new DataValidations(_validations) { Count = (uint)_validations.Count });
        return sheet;
    }

    private void Put(int row, int column, Cell cell)
    {
        if (!_rows.TryGetValue(row, out var cells)) _rows[row] = cells = new SortedDictionary<int, Cell>();
        cells[column] = cell;
    }
}
