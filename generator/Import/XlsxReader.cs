using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Bantin.Import;

/// <summary>
/// Reads an .xlsx workbook with Microsoft's Open XML SDK: every sheet's stored cells (shared, inline and formula
/// strings; numbers; the cached result of a formula), which cells are formatted as percentages, and merged ranges.
/// Formulas are not recomputed: the value Excel saved is the value the sender saw.
/// </summary>
internal static class XlsxReader
{
    // A sheet of a few hundred rows is well under a megabyte of XML; this stops a crafted file from filling memory.
    private const long MaxCharactersInPart = 200L * 1024 * 1024;

    private static readonly HashSet<uint> BuiltInPercentFormats = [9, 10];

    public static IReadOnlyList<Sheet> Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        var book = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var strings = book.SharedStringTablePart?.SharedStringTable?.Elements<X.SharedStringItem>().Select(ItemText).ToList() ?? [];
        var percentStyles = PercentStyles(book);
        var sheets = new List<Sheet>();
        foreach (var entry in book.Workbook?.Sheets?.Elements<X.Sheet>() ?? [])
        {
            if (entry.Id?.Value is not { } id || book.GetPartById(id) is not WorksheetPart part) continue;
            sheets.Add(ReadSheet(entry.Name?.Value ?? "", part, strings, percentStyles));
        }
        return sheets;
    }

    private static Sheet ReadSheet(string name, WorksheetPart part, List<string> strings, HashSet<uint> percentStyles)
    {
        var cells = new List<SheetCell>();
        var worksheet = part.Worksheet;
        var rowNumber = 0;
        foreach (var row in worksheet?.GetFirstChild<X.SheetData>()?.Elements<X.Row>() ?? [])
        {
            // Row and cell references are optional in the format; without them, position counts.
            rowNumber = row.RowIndex?.Value is { } r ? (int)r : rowNumber + 1;
            var column = 0;
            foreach (var cell in row.Elements<X.Cell>())
            {
                column = CellReference.TryParse(cell.CellReference?.Value, out _, out var c) ? c : column + 1;
                if (Read(cell, rowNumber, column, strings, percentStyles) is { } read) cells.Add(read);
            }
        }
        var merged = new List<CellRange>();
        foreach (var m in worksheet?.Elements<X.MergeCells>().SelectMany(ms => ms.Elements<X.MergeCell>()) ?? [])
            if (CellRange.TryParse(m.Reference?.Value, out var range)) merged.Add(range);
        return new Sheet(name, cells, merged);
    }

    private static SheetCell? Read(X.Cell cell, int row, int column, List<string> strings, HashSet<uint> percentStyles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        var percent = cell.StyleIndex?.Value is { } style && percentStyles.Contains(style);
        if (type == X.CellValues.InlineString)
            return Text(cell.InlineString is { } inline ? ItemText(inline) : raw ?? "");
        if (type == X.CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? Text(strings[i]) : null;
        if (type == X.CellValues.Error)
            return new SheetCell(row, column, raw ?? "#N/A", null, Problem: CellProblem.ErrorValue);
        if (raw is null)
            return cell.CellFormula is not null ? new SheetCell(row, column, "=" + cell.CellFormula.Text, null, Problem: CellProblem.UncomputedFormula) : null;
        if (type == X.CellValues.String || type == X.CellValues.Boolean || type == X.CellValues.Date)
            return Text(raw);
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new SheetCell(row, column, raw, number, percent)
            : Text(raw);

        SheetCell? Text(string text) => text.Length == 0 ? null : new SheetCell(row, column, text, null);
    }

    // Text of a shared or inline string: plain, or rich text runs (phonetic hints left out).
    private static string ItemText(DocumentFormat.OpenXml.OpenXmlElement item)
    {
        if (item.GetFirstChild<X.Text>() is { } plain) return plain.Text;
        return string.Concat(item.Elements<X.Run>().Select(r => r.Text?.Text ?? ""));
    }

    // Cell styles whose number format shows a percentage: the built-in 0% and 0.00%, or a custom one with a '%'.
    private static HashSet<uint> PercentStyles(WorkbookPart book)
    {
        var stylesheet = book.WorkbookStylesPart?.Stylesheet;
        var percentFormats = new HashSet<uint>(BuiltInPercentFormats);
        foreach (var f in stylesheet?.NumberingFormats?.Elements<X.NumberingFormat>() ?? [])
            if (f.NumberFormatId?.Value is { } id && IsPercentCode(f.FormatCode?.Value)) percentFormats.Add(id);
        var styles = new HashSet<uint>();
        var index = 0u;
        foreach (var xf in stylesheet?.CellFormats?.Elements<X.CellFormat>() ?? [])
        {
            if (xf.NumberFormatId?.Value is { } id && percentFormats.Contains(id)) styles.Add(index);
            index++;
        }
        return styles;
    }

    // A '%' outside quoted literals: "0.00%" is a percentage, "0\" %\"" or "0 \"%\"" only shows the sign.
    private static bool IsPercentCode(string? code)
    {
        var quoted = false;
        for (var i = 0; i < (code ?? "").Length; i++)
        {
            var c = code![i];
            if (c == '"') quoted = !quoted;
            else if (c == '\\') i++;
            else if (c == '%' && !quoted) return true;
        }
        return false;
    }
}
