using System.Globalization;
using Bantin.Formatting;
using Bantin.Model.Data;

namespace Bantin.Import;

/// <summary>
/// Reads the number in a cell the way the sender meant it: a stored number as is (a cell formatted as a
/// percentage as its percentage), text the Vietnamese way ("1.738", "90,74", as <see cref="NumberReader"/> reads
/// quoted YAML), "12%", and "790/812" for a ratio. Then checks it against what the slot measures.
/// </summary>
internal sealed class CellNumberReader(ImportLog log)
{
    public CellNumber? Read(SheetCell cell, Slot slot, string where)
    {
        var messages = log.Messages;
        if (cell.Problem != CellProblem.None)
        {
            log.Error(where, cell.Problem == CellProblem.ErrorValue ? messages.ImportCellError(cell.Text) : messages.ImportUncomputedFormula());
            return null;
        }
        var number = cell.Number is { } stored ? FromStored(cell, stored, where) : FromText(cell.Text.Trim(), where);
        return number is null ? null : Check(number, slot, cell);
    }

    private CellNumber? FromStored(SheetCell cell, double stored, string where)
    {
        if (double.IsNaN(stored) || double.IsInfinity(stored) || Math.Abs(stored) > 1e20)
        {
            log.Error(where, log.Messages.ImportNotANumber(cell.Text));
            return null;
        }
        // decimal keeps the 15 significant digits Excel shows, so 90.74 stored as 90.739999999999995 is 90.74.
        var value = (decimal)stored;
        return cell.Percent ? new CellNumber(value * 100m, null, true, where, Shown(value * 100m) + "%") : new CellNumber(value, null, false, where, Shown(value));
    }

    private CellNumber? FromText(string text, string where)
    {
        // Spaces inside a number ("1 738", a no-break space from a copied web page) group thousands.
        var s = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var percent = s.EndsWith('%');
        if (percent) s = s[..^1];
        var slash = s.IndexOf('/');
        if (slash >= 0 && !percent)
        {
            if (Plain(s[..slash], text, where) is not { } part || Plain(s[(slash + 1)..], text, where) is not { } whole) return null;
            return new CellNumber(part, whole, false, where, text);
        }
        return Plain(s, text, where) is { } value ? new CellNumber(value, null, percent, where, text) : null;
    }

    private decimal? Plain(string s, string shown, string where)
    {
        // A number typed as text the English way (1738.5) has one '.' and no ','; the Vietnamese reading would call
        // it ambiguous, and so it is: 1.500 could be either. Only a '.' followed by other than three digits is taken
        // as a decimal point.
        if (NumberReader.TryRead(s, quoted: true, out var value, out var error)) return value;
        if (error == NumberError.Ambiguous && !s.Contains(',') && s.Count(c => c == '.') == 1
            && decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return value;
        log.Error(where, error == NumberError.Ambiguous ? log.Messages.ImportAmbiguousNumber(shown) : log.Messages.ImportNotANumber(shown));
        return null;
    }

    private CellNumber? Check(CellNumber n, Slot slot, SheetCell cell)
    {
        var messages = log.Messages;
        var indicator = slot.Indicator;
        if (n.Of is not null && (indicator.Kind != IndicatorKind.Ratio || slot.Part != SlotPart.Main))
            log.Error(n.Where, messages.ImportRatioOnNonRatio(n.Text));
        else if (n.Percent && indicator.Kind != IndicatorKind.Rate && indicator.Measure != "%")
            log.Error(n.Where, messages.ImportPercentOnCount(n.Text, indicator.Measure));
        else if (indicator.IsCount && NumberReader.HasFraction(n.Value))
            log.Error(n.Where, cell.Number is not null && NumberReader.LooksLikeThousands(cell.Text, false)
                ? messages.ImportThousandsOnCount(cell.Text, indicator.Measure)
                : messages.FractionOnCount(n.Text, indicator.Measure));
        else if (indicator.IsCount && (n.Value < 0 || n.Of < 0))
            log.Error(n.Where, messages.NegativeCount(n.Text, indicator.Measure));
        else if (n.Of is { } of && n.Value > of)
            log.Error(n.Where, messages.ImportPartAboveTotal(Shown(n.Value), Shown(of)));
        else
            return n;
        return null;
    }

    private string Shown(decimal value) => NumberFormatter.Format(value, log.Messages.Language, 10);
}
