using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bantin.Tests.Import;

/// <summary>
/// Real .xlsx files for tests, made and filled with the Open XML SDK as Excel would store them: typed numbers as
/// numbers, typed text as shared strings, a percentage as a fraction with a percent format.
/// </summary>
internal static class Xlsx
{
    /// <summary>A number typed into a cell formatted as a percentage: 90,74% is stored as 0.9074.</summary>
    public sealed record Percent(double Fraction);

    /// <summary>A workbook of one sheet; each row's values are numbers (int, double), text (string), <see cref="Percent"/> or null.</summary>
    public static void Make(string path, string sheetName, object?[][] rows, params string[] merges)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var book = document.AddWorkbookPart();
        book.Workbook = new Workbook();
        book.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
            new Fonts(new Font()), new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()), new CellFormats(new CellFormat()));
        var strings = book.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var part = book.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        part.Worksheet = new Worksheet(data);
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            data.Append(row);
            for (var c = 0; c < rows[r].Length; c++)
                if (rows[r][c] is { } value) row.Append(Cell(book, Bantin.Import.CellReference.Format(r + 1, c + 1), value));
        }
        if (merges.Length > 0) part.Worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        book.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = 1, Name = sheetName });
    }

    /// <summary>Types a value into a cell of an existing workbook, as a district clerk would.</summary>
    public static void Fill(string path, string sheetName, string reference, object? value)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var book = document.WorkbookPart!;
        var sheet = book.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var data = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
        Bantin.Import.CellReference.TryParse(reference, out var rowIndex, out var column);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == (uint)rowIndex);
        if (row is null)
        {
            row = new Row { RowIndex = (uint)rowIndex };
            var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex! < (uint)rowIndex);
            if (after is null) data.PrependChild(row); else after.InsertAfterSelf(row);
        }
        var old = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        var style = old?.StyleIndex;
        var cell = value is null ? new Cell { CellReference = reference } : Cell(book, reference, value);
        if (style is not null && value is not Percent) cell.StyleIndex = style;
        if (old is not null) old.InsertAfterSelf(cell);
        else
        {
            var next = row.Elements<Cell>().FirstOrDefault(c => Bantin.Import.CellReference.TryParse(c.CellReference, out _, out var col) && col > column);
            if (next is null) row.Append(cell); else next.InsertBeforeSelf(cell);
        }
        old?.Remove();
    }

    /// <summary>The column (A, B, …) whose hidden first-row key is <paramref name="key"/>, and the row whose column A is <paramref name="id"/>.</summary>
    public static string Find(string path, string sheetName, string key, string id)
    {
        using var stream = File.OpenRead(path);
        var sheet = Bantin.Import.XlsxReader.Read(stream).Single(s => s.Name == sheetName);
        var column = Enumerable.Range(1, sheet.LastColumn).Single(c => sheet.Text(1, c) == key);
        var row = Enumerable.Range(1, sheet.LastRow).Single(r => sheet.Text(r, 1) == id);
        return Bantin.Import.CellReference.Format(row, column);
    }

    private static Cell Cell(WorkbookPart book, string reference, object value)
    {
        switch (value)
        {
            case string text:
                var stringsPart = book.SharedStringTablePart ?? book.AddNewPart<SharedStringTablePart>();
                var table = stringsPart.SharedStringTable ??= new SharedStringTable();
                table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(table.Count() - 1) };
            case Percent p:
                return new Cell { CellReference = reference, CellValue = new CellValue(p.Fraction), StyleIndex = PercentStyle(book) };
            case int i:
                return new Cell { CellReference = reference, CellValue = new CellValue(i) };
            case double d:
                return new Cell { CellReference = reference, CellValue = new CellValue(d) };
            default:
                throw new ArgumentException($"cannot write {value.GetType()}");
        }
    }

    // Excel's built-in 0.00% format (id 10) on a cell format of its own.
    private static uint PercentStyle(WorkbookPart book)
    {
        var formats = book.WorkbookStylesPart!.Stylesheet.CellFormats!;
        var index = formats.Elements<CellFormat>().ToList().FindIndex(f => f.NumberFormatId?.Value == 10);
        if (index >= 0) return (uint)index;
        formats.Append(new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true });
        formats.Count = (uint)formats.Count();
        return formats.Count - 1;
    }
}
