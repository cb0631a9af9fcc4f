using Bantin.Formatting;
using Bantin.Model.Data;

namespace Bantin.Import;

/// <summary>
/// Puts a unit row's cells together into values as results files hold them: a ratio from its two numbers (or one
/// "790/812" cell), a breakdown from its total and parts (the total is the parts' sum when left empty). A part
/// above its whole, a ratio missing one of its numbers, parts that do not add up: each reported at its cell.
/// </summary>
internal sealed class AmountBuilder(ImportLog log)
{
    private readonly CellNumberReader _numbers = new(log);

    public IReadOnlyList<ImportedValue> Build(UnitRow row)
    {
        var values = new List<ImportedValue>();
        foreach (var group in row.Cells.GroupBy(c => c.Slot.Indicator))
        {
            var read = group.Select(c => (c.Slot, Number: _numbers.Read(c.Cell, c.Slot, c.Where))).ToList();
            if (read.Any(r => r.Number is null)) continue;
            var main = read.FirstOrDefault(r => r.Slot.Part == SlotPart.Main).Number;
            var of = read.FirstOrDefault(r => r.Slot.Part == SlotPart.Of).Number;
            var parts = read.Where(r => r.Slot.Part == SlotPart.Part).Select(r => (Key: r.Slot.PartKey!, Number: r.Number!)).ToList();
            var amount = group.Key.Kind == IndicatorKind.Ratio
                ? Ratio(main, of, row.SplitRatios.Contains(group.Key.Id))
                : parts.Count > 0 ? Breakdown(main, parts) : new Amount(main!.Value, null, []);
            if (amount is not null)
                values.Add(new ImportedValue(row.Unit, row.Period, group.Key, amount, (main ?? of ?? parts[0].Number).Where, row.Source));
        }
        return values;
    }

    private Amount? Ratio(CellNumber? main, CellNumber? of, bool split)
    {
        if (main?.Of is { } whole) return new Amount(main.Value, whole, []);
        if (main is null || of is null)
        {
            if (split) log.Error((main ?? of)!.Where, log.Messages.ImportMissingPair(ofMissing: of is null));
            else log.Error(main!.Where, log.Messages.ImportRatioNeedsOf(main.Text));
            return null;
        }
        if (main.Value > of.Value)
        {
            log.Error(main.Where, log.Messages.ImportPartAboveTotal(Shown(main.Value), Shown(of.Value)));
            return null;
        }
        return new Amount(main.Value, of.Value, []);
    }

    private Amount? Breakdown(CellNumber? total, List<(string Key, CellNumber Number)> parts)
    {
        var ok = true;
        if (total is not null)
        {
            foreach (var (_, part) in parts.Where(p => p.Number.Value > total.Value))
            {
                log.Error(part.Where, log.Messages.ImportPartAboveTotal(Shown(part.Value), Shown(total.Value)));
                ok = false;
            }
            var sum = parts.Sum(p => p.Number.Value);
            if (ok && sum != total.Value)
            {
                log.Error(total.Where, log.Messages.ImportPartsSum(Shown(sum), Shown(total.Value)));
                ok = false;
            }
        }
        if (!ok) return null;
        var by = parts.Select(p => new KeyValuePair<string, decimal>(p.Key, p.Number.Value)).ToList();
        return new Amount(total?.Value ?? by.Sum(p => p.Value), null, by);
    }

    private string Shown(decimal value) => NumberFormatter.Format(value, log.Messages.Language, 10);
}
