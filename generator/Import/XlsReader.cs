using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace Bantin.Import;

/// <summary>
/// Reads the old binary .xls workbooks (Excel 97–2003) that many offices still send, with ExcelDataReader.
/// Only used for that format: .xlsx goes through the Open XML SDK, which also writes the forms.
/// </summary>
internal static class XlsReader
{
    public static IReadOnlyList<Sheet> Read(Stream stream)
    {
        // .xls stores text in the sender's Windows code page (1258 for Vietnamese), which .NET knows only
        // through this provider. Registering it again is harmless.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateBinaryReader(stream);
        var sheets = new List<Sheet>();
        do
        {
            var cells = new List<SheetCell>();
            // Rows come one after another from the first, empty ones included, so counting gives the row number.
            var row = 0;
            while (reader.Read())
            {
                row++;
                for (var i = 0; i < reader.FieldCount; i++)
                    if (Read(reader, i, row) is { } cell) cells.Add(cell);
            }
            var merged = (reader.MergeCells ?? [])
                .Select(m => new CellRange(m.FromRow + 1, m.FromColumn + 1, m.ToRow + 1, m.ToColumn + 1))
                .ToList();
            sheets.Add(new Sheet(reader.Name ?? "", cells, merged));
        }
        while (reader.NextResult());
        return sheets;
    }

    private static SheetCell? Read(IExcelDataReader reader, int column, int row)
    {
        var value = reader.GetValue(column);
        switch (value)
        {
            case null:
                return null;
            case double d:
                var format = reader.GetNumberFormatString(column) ?? "";
                return new SheetCell(row, column + 1, d.ToString("R", CultureInfo.InvariantCulture), d, format.Contains('%'));
            case int or long or decimal or float:
                var n = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return new SheetCell(row, column + 1, n.ToString("R", CultureInfo.InvariantCulture), n);
            case DateTime date:
                return new SheetCell(row, column + 1, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
            default:
                var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                return text.Length == 0 ? null : new SheetCell(row, column + 1, text, null);
        }
    }
}
