using Bantin.Formatting;
using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Import;

/// <summary>
/// Reads a table people make themselves: title rows (one may name the period), a header row of indicator names or
/// ids, a column of unit names, a "TT" numbering column, maybe a row of column numbers, empty rows, a total row,
/// notes and signatures below. Each unit row becomes a <see cref="UnitRow"/>; anything it cannot place is reported
/// at its cell, never guessed.
/// </summary>
internal sealed class TableReader(ImportContext context)
{
    // The header is looked for among the first rows only: below that a sheet is data.
    private const int HeaderSearchRows = 30;

    private static readonly HashSet<string> TotalWords = new(StringComparer.Ordinal)
    {
        "tong", "tong-cong", "tong-so", "cong", "total", "sum", "toan-tinh", "toan-nganh", "tong-cong-toan-tinh",
    };

    private ImportLog Log => context.Log;

    public IReadOnlyList<UnitRow> Read(Sheet sheet, SheetPlace place)
    {
        var header = HeaderRow(sheet);
        if (header == 0)
        {
            if (HasNumbers(sheet, 1)) Log.Error(place.Sheet, Log.Messages.ImportNoHeader());
            return [];
        }
        var columns = Columns(sheet, header, place);
        if (columns is null) return [];
        var unitColumn = UnitColumn(sheet, header, columns);
        if (unitColumn == 0)
        {
            Log.Error(place.Cell(header, 1), Log.Messages.ImportNoUnitColumn());
            return [];
        }
        if (!PeriodOf(sheet, header, place, out var period)) return [];

        var rows = new List<UnitRow>();
        var split = columns.Values.Where(s => s.Part == SlotPart.Of).Select(s => s.Indicator.Id).ToHashSet(StringComparer.Ordinal);
        var sums = new Dictionary<int, decimal?>();
        (int Row, string Text)? total = null;
        for (var r = header + 1; r <= sheet.LastRow; r++)
        {
            if (sheet.RowIsEmpty(r) || IsColumnNumbers(sheet, r)) continue;
            var name = sheet.Text(r, unitColumn);
            var filled = columns.Keys.Where(c => sheet.Cell(r, c) is not null).ToList();
            // Text without a digit under the figures ("Thủ trưởng đơn vị" beside "Người lập biểu") is no figure.
            var figures = filled.Any(c => sheet.Cell(r, c) is { } cell && (cell.Number is not null || cell.Text.Any(char.IsAsciiDigit)));
            IReadOnlyList<Unit> ambiguous = [];
            Unit? suggestion = null;
            var unit = name.Length == 0 ? null : context.Units.Match(name, out ambiguous, out suggestion);
            if (unit is null && IsTotal(sheet, r, unitColumn))
            {
                total = (r, name);
                continue;
            }
            if (unit is null)
            {
                // Notes, signatures and units that sent nothing have no figures: nothing to import, nothing to report.
                if (!figures) continue;
                if (name.Length == 0) Log.Error(place.Cell(r, unitColumn), Log.Messages.ImportValuesWithoutUnit());
                else if (ambiguous.Count > 0) Log.Error(place.Cell(r, unitColumn), Log.Messages.ImportAmbiguousUnit(name, string.Join(", ", ambiguous.Select(u => $"{u.Name} ({u.Id})"))));
                else Log.Error(place.Cell(r, unitColumn), Log.Messages.ImportUnknownUnit(name, suggestion is null ? null : $"{suggestion.DisplayShort} ({suggestion.Id})"));
                // Its figures are still read, so a slip in them is reported now rather than after the name is fixed.
                var numbers = new CellNumberReader(Log);
                foreach (var c in filled) numbers.Read(sheet.Cell(r, c)!, columns[c], place.Cell(r, c));
                continue;
            }
            foreach (var c in columns.Keys) sums[c] = Add(sums.GetValueOrDefault(c, 0m), sheet.Cell(r, c));
            if (period is null) continue;
            var cells = filled.Select(c => new SlotCell(columns[c], sheet.Cell(r, c)!, place.Cell(r, c))).ToList();
            rows.Add(new UnitRow(unit, period, place.Cell(r, unitColumn), place.Source, cells, split));
        }
        if (total is { } t) CheckTotal(sheet, t.Row, columns, sums, place);
        return rows;
    }

    // The row among the first ones that names the most indicators.
    private int HeaderRow(Sheet sheet)
    {
        var (best, bestCount) = (0, 0);
        for (var r = 1; r <= Math.Min(sheet.LastRow, HeaderSearchRows); r++)
        {
            var count = 0;
            for (var c = 1; c <= sheet.LastColumn; c++)
                if (sheet.Text(r, c) is { Length: > 0 } text && context.Indicators.Match(text) is not null) count++;
            if (count > bestCount) (best, bestCount) = (r, count);
        }
        return best;
    }

    // The indicator of each column; null when the header cannot be used (a merged cell, an unknown name).
    private Dictionary<int, Slot>? Columns(Sheet sheet, int header, SheetPlace place)
    {
        var columns = new Dictionary<int, Slot>();
        var ok = true;
        for (var c = 1; c <= sheet.LastColumn; c++)
        {
            var text = sheet.Text(header, c);
            if (sheet.WideMerge(header, c) is { } merged)
            {
                // Reported once, at its first cell, when it heads figures: which of its columns is which is a guess.
                var headsFigures = context.Indicators.Match(text) is not null
                    || Enumerable.Range(merged.FirstColumn, merged.LastColumn - merged.FirstColumn + 1).Any(col => HasNumbers(sheet, header + 1, col));
                if (merged.FirstColumn == c && headsFigures)
                {
                    Log.Error(place.Cell(header, c), Log.Messages.ImportMergedHeader(merged.ToString()));
                    ok = false;
                }
                continue;
            }
            if (text.Length == 0 || IndicatorMatcher.IsIgnored(text) || IndicatorMatcher.IsUnitHeader(text)) continue;
            if (context.Indicators.Match(text) is { } slot)
            {
                if (columns.FirstOrDefault(p => p.Value == slot) is { Value: not null } same)
                {
                    Log.Error(place.Cell(header, c), Log.Messages.ImportDuplicateColumn(slot.Indicator.Name, CellReference.Format(header, same.Key)));
                    ok = false;
                }
                else columns[c] = slot;
            }
            else if (HasNumbers(sheet, header + 1, c))
            {
                // A column of text (notes, phone numbers of the sender) is no indicator and is left alone.
                var near = context.Indicators.Nearest(text);
                Log.Error(place.Cell(header, c), Log.Messages.ImportUnknownIndicator(text, near?.Name));
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    // The column headed "Đơn vị", else the one left of the figures where most cells name a unit.
    private int UnitColumn(Sheet sheet, int header, Dictionary<int, Slot> columns)
    {
        for (var c = 1; c <= sheet.LastColumn; c++)
            if (!columns.ContainsKey(c) && IndicatorMatcher.IsUnitHeader(sheet.Text(header, c))) return c;
        var (best, bestCount) = (0, 0);
        for (var c = 1; c <= sheet.LastColumn; c++)
        {
            if (columns.ContainsKey(c)) continue;
            var count = 0;
            for (var r = header + 1; r <= sheet.LastRow; r++)
                if (sheet.Text(r, c) is { Length: > 0 } text && context.Units.Match(text, out _, out _) is not null) count++;
            if (count > bestCount) (best, bestCount) = (c, count);
        }
        return best;
    }

    // The period: --period, checked against one named in a title row; else the title's; else an error.
    private bool PeriodOf(Sheet sheet, int header, SheetPlace place, out Period? period)
    {
        (Period Period, int Row, int Column)? found = null;
        for (var r = 1; r < header && found is null; r++)
            for (var c = 1; c <= sheet.LastColumn && found is null; c++)
                if (sheet.Text(r, c) is { Length: > 0 } text && PeriodInTitle.Find(text) is { } p) found = (p, r, c);
        period = context.Period ?? found?.Period;
        if (found is { } f && context.Period is { } wanted && !Same(f.Period, wanted))
        {
            Log.Error(place.Cell(f.Row, f.Column), Log.Messages.ImportWrongPeriod(f.Period.Label(Log.Messages.Language), wanted.Label(Log.Messages.Language)));
            return false;
        }
        if (period is null)
        {
            Log.Error(place.Cell(1, 1), Log.Messages.ImportNoPeriod());
            return false;
        }
        return true;
    }

    public static bool Same(Period a, Period b) => a.Start == b.Start && a.End == b.End;

    // "Tổng cộng", "Cộng", "Tổng số" in the unit column or the numbering column before it.
    private static bool IsTotal(Sheet sheet, int row, int unitColumn)
    {
        for (var c = 1; c <= unitColumn; c++)
            if (TotalWords.Contains(Names.Key(sheet.Text(row, c)))) return true;
        return false;
    }

    // A row of column numbers under the header, as official forms have: 1 2 3 … or (1) (2) (3) ….
    private static bool IsColumnNumbers(Sheet sheet, int row)
    {
        var previous = 0;
        for (var c = 1; c <= sheet.LastColumn; c++)
        {
            var text = sheet.Text(row, c).Trim('(', ')', ' ');
            if (text.Length == 0) continue;
            if (!int.TryParse(text, out var n) || n <= previous || n > 100) return false;
            previous = n;
        }
        return previous > 1;
    }

    private static bool HasNumbers(Sheet sheet, int fromRow, int? column = null)
    {
        for (var r = fromRow; r <= sheet.LastRow; r++)
            for (var c = column ?? 1; c <= (column ?? sheet.LastColumn); c++)
                if (sheet.Cell(r, c) is { } cell && (cell.Number is not null || Quick(cell) is not null)) return true;
        return false;
    }

    private void CheckTotal(Sheet sheet, int row, Dictionary<int, Slot> columns, Dictionary<int, decimal?> sums, SheetPlace place)
    {
        foreach (var (c, slot) in columns)
        {
            if (slot.Indicator.Kind == IndicatorKind.Rate || sheet.Cell(row, c) is not { } cell || Quick(cell) is not { } total) continue;
            if (sums.GetValueOrDefault(c) is { } sum && sum != total)
            {
                var lang = Log.Messages.Language;
                Log.Warning(place.Cell(row, c), Log.Messages.ImportTotalRow(NumberFormatter.Format(total, lang, 10), NumberFormatter.Format(sum, lang, 10)));
            }
        }
    }

    // A running column sum; null once a cell is not a plain number (the check is then skipped, the cell reported later).
    private static decimal? Add(decimal? sum, SheetCell? cell) =>
        cell is null ? sum : sum is { } s && Quick(cell) is { } v ? s + v : null;

    private static decimal? Quick(SheetCell cell)
    {
        if (cell.Number is { } n && !double.IsNaN(n) && !double.IsInfinity(n) && Math.Abs(n) < 1e20) return (decimal)n;
        return NumberReader.TryRead(cell.Text.Replace(" ", ""), true, out var v, out _) ? v : null;
    }
}
