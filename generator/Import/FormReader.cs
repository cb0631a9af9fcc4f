using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Import;

/// <summary>
/// Reads a form made by <c>bantin new form</c> back through the ids it carries (<see cref="FormMarks"/>), so a
/// renamed unit or a reworded label changes nothing. A row a district added by hand is matched by its name.
/// </summary>
internal sealed class FormReader(ImportContext context)
{
    private ImportLog Log => context.Log;

    public static bool IsForm(Sheet sheet) => sheet.Text(1, 1) is FormMarks.Rows or FormMarks.Sheets;

    public IReadOnlyList<UnitRow> Read(Sheet sheet, SheetPlace place)
    {
        if (Period(sheet, place) is not { } period) return [];
        var header = 2;
        while (header <= sheet.LastRow && sheet.Text(header, 1) != FormMarks.HeaderRow) header++;
        return sheet.Text(1, 1) == FormMarks.Rows
            ? ReadRows(sheet, place, period, header)
            : ReadSheet(sheet, place, period, header);
    }

    private Period? Period(Sheet sheet, SheetPlace place)
    {
        var text = sheet.Text(1, 2);
        if (!Model.Periods.Period.TryParse(text, out var period, out _))
        {
            if (context.Period is { } given) return given;
            Log.Error(place.Cell(1, 2), Log.Messages.ImportBadFormPeriod(text));
            return null;
        }
        if (context.Period is { } wanted && !TableReader.Same(period, wanted))
        {
            var lang = Log.Messages.Language;
            Log.Error(place.Cell(1, 2), Log.Messages.ImportWrongPeriod(period.Label(lang), wanted.Label(lang)));
            return null;
        }
        return period;
    }

    // One row a unit: each column's number named in row 1, each row's unit in column A (or by name in column C).
    private IReadOnlyList<UnitRow> ReadRows(Sheet sheet, SheetPlace place, Period period, int header)
    {
        var columns = new Dictionary<int, Slot>();
        for (var c = 2; c <= sheet.LastColumn; c++)
        {
            var key = sheet.Text(1, c);
            if (c == 2 || key.Length == 0) continue;
            if (Slot.Parse(key, context.Data) is { } slot) columns[c] = slot;
            else Log.Error(place.Cell(header, c), Log.Messages.ImportUnknownFormKey(key));
        }
        var split = columns.Values.Where(s => s.Part == SlotPart.Of).Select(s => s.Indicator.Id).ToHashSet(StringComparer.Ordinal);
        var nameColumn = 3;
        var rows = new List<UnitRow>();
        for (var r = header + 1; r <= sheet.LastRow; r++)
        {
            var filled = columns.Keys.Where(c => sheet.Cell(r, c) is not null).ToList();
            if (filled.Count == 0) continue;
            if (UnitOf(sheet.Text(r, 1), sheet.Text(r, nameColumn), place.Cell(r, nameColumn)) is not { } unit) continue;
            var cells = filled.Select(c => new SlotCell(columns[c], sheet.Cell(r, c)!, place.Cell(r, c))).ToList();
            rows.Add(new UnitRow(unit, period, place.Cell(r, nameColumn), place.Source, cells, split));
        }
        return rows;
    }

    // One sheet a unit: the unit in C1, each row's number named in column A, the figures in the "#value" column.
    private IReadOnlyList<UnitRow> ReadSheet(Sheet sheet, SheetPlace place, Period period, int header)
    {
        var valueColumn = Enumerable.Range(1, sheet.LastColumn).FirstOrDefault(c => sheet.Text(1, c) == FormMarks.ValueColumn);
        if (valueColumn == 0 || UnitOf(sheet.Text(1, 3), "", place.Cell(1, 3)) is not { } unit) return [];
        var cells = new List<SlotCell>();
        var split = new HashSet<string>(StringComparer.Ordinal);
        for (var r = header + 1; r <= sheet.LastRow; r++)
        {
            var key = sheet.Text(r, 1);
            if (key.Length == 0) continue;
            if (Slot.Parse(key, context.Data) is not { } slot)
            {
                Log.Error(place.Cell(r, valueColumn), Log.Messages.ImportUnknownFormKey(key));
                continue;
            }
            if (slot.Part == SlotPart.Of) split.Add(slot.Indicator.Id);
            if (sheet.Cell(r, valueColumn) is { } cell) cells.Add(new SlotCell(slot, cell, place.Cell(r, valueColumn)));
        }
        return cells.Count == 0 ? [] : [new UnitRow(unit, period, place.Cell(1, 3), place.Source, cells, split)];
    }

    private Unit? UnitOf(string id, string name, string where)
    {
        if (context.Data.Unit(id) is { } unit) return unit;
        var text = name.Length > 0 ? name : id;
        if (context.Units.Match(text, out var ambiguous, out var suggestion) is { } byName) return byName;
        if (ambiguous.Count > 0) Log.Error(where, Log.Messages.ImportAmbiguousUnit(text, string.Join(", ", ambiguous.Select(u => $"{u.Name} ({u.Id})"))));
        else if (text.Length == 0) Log.Error(where, Log.Messages.ImportValuesWithoutUnit());
        else Log.Error(where, Log.Messages.ImportUnknownUnit(text, suggestion is null ? null : $"{suggestion.DisplayShort} ({suggestion.Id})"));
        return null;
    }
}
