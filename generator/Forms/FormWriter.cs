using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Bantin.Formatting;
using Bantin.Import;
using Bantin.Model.Data;

namespace Bantin.Forms;

/// <summary>
/// Writes a report form (mẫu báo cáo) as .xlsx: labels in the site language, input cells that Excel itself checks
/// (whole numbers ≥ 0 for counts, numbers ≥ 0 for money and rates, a part no larger than its total), and the ids of
/// units and numbers in a hidden row and column (<see cref="FormMarks"/>) so that a filled form reads back exactly.
/// </summary>
public static class FormWriter
{
    private const int HeaderRow = 5;
    private const int FirstSlotColumn = 4;

    /// <summary>Every number the form asks for an indicator: the value; a ratio's count and total; a breakdown's total and parts.</summary>
    public static IReadOnlyList<Slot> SlotsOf(Indicator indicator, IReadOnlyList<string> parts)
    {
        if (indicator.Kind == IndicatorKind.Ratio) return [new Slot(indicator, SlotPart.Main), new Slot(indicator, SlotPart.Of)];
        if (indicator.Breakdown is null) return [new Slot(indicator, SlotPart.Main)];
        return [new Slot(indicator, SlotPart.Main), .. parts.Select(p => new Slot(indicator, SlotPart.Part, p))];
    }

    public static void Write(Stream stream, FormRequest request)
    {
        var text = new FormText(request.Language);
        var slots = request.Indicators.SelectMany(i => SlotsOf(i, request.Parts.GetValueOrDefault(i.Id, []))).ToList();
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var book = document.AddWorkbookPart();
        book.Workbook = new Workbook();
        var styles = book.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = FormStyles.Stylesheet();
        var sheets = book.Workbook.AppendChild(new Sheets());
        if (request.Layout == FormLayout.Rows)
        {
            AddSheet(book, sheets, text.SheetName, RowsSheet(request, text, slots));
        }
        else
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var unit in request.Units)
                AddSheet(book, sheets, SheetName(unit, names), UnitSheet(request, text, slots, unit));
        }
        book.Workbook.Save();
    }

    private static void AddSheet(WorkbookPart book, Sheets sheets, string name, Worksheet worksheet)
    {
        var part = book.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        sheets.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = book.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    private static Worksheet RowsSheet(FormRequest request, FormText text, List<Slot> slots)
    {
        var w = new WorksheetBuilder();
        var last = FirstSlotColumn + slots.Count - 1;
        Top(w, request, text, FormMarks.Rows, last, request.Period.Label(request.Language));
        w.Text(HeaderRow, 2, text.Number, FormStyles.Header);
        w.Text(HeaderRow, 3, text.Unit, FormStyles.Header);
        w.Column(1, 14, hidden: true);
        w.Column(2, 5);
        w.Column(3, 36);
        for (var i = 0; i < slots.Count; i++)
        {
            var column = FirstSlotColumn + i;
            w.Text(1, column, slots[i].Key);
            w.Text(HeaderRow, column, text.Label(slots[i], withMeasure: true), FormStyles.Header);
            w.Column(column, 18);
        }
        w.Height(HeaderRow, 75);
        var firstRow = HeaderRow + 1;
        for (var u = 0; u < request.Units.Count; u++)
        {
            var row = firstRow + u;
            w.Text(row, 1, request.Units[u].Id);
            w.Number(row, 2, u + 1, FormStyles.Centered);
            w.Text(row, 3, request.Units[u].Name, FormStyles.Label);
            for (var i = 0; i < slots.Count; i++) w.Empty(row, FirstSlotColumn + i, InputStyle(slots[i]));
        }
        var lastRow = firstRow + Math.Max(request.Units.Count, 1) - 1;
        for (var i = 0; i < slots.Count; i++)
        {
            var column = FirstSlotColumn + i;
            var range = $"{CellReference.Format(firstRow, column)}:{CellReference.Format(lastRow, column)}";
            var whole = PartOf(slots, i) is { } totalIndex ? CellReference.Format(firstRow, FirstSlotColumn + totalIndex) : null;
            Validate(w, text, slots[i], range, CellReference.Format(firstRow, column), whole);
        }
        w.Freeze(3, HeaderRow);
        return w.Build();
    }

    private static Worksheet UnitSheet(FormRequest request, FormText text, List<Slot> slots, Unit unit)
    {
        var w = new WorksheetBuilder();
        const int valueColumn = 5;
        Top(w, request, text, FormMarks.Sheets, valueColumn, request.Period.Label(request.Language) + " — " + unit.Name);
        w.Text(1, 3, unit.Id);
        w.Text(1, valueColumn, FormMarks.ValueColumn);
        w.Text(HeaderRow, 2, text.Number, FormStyles.Header);
        w.Text(HeaderRow, 3, text.Indicator, FormStyles.Header);
        w.Text(HeaderRow, 4, text.Measure, FormStyles.Header);
        w.Text(HeaderRow, valueColumn, text.Figure, FormStyles.Header);
        w.Column(1, 14, hidden: true);
        w.Column(2, 5);
        w.Column(3, 60);
        w.Column(4, 14);
        w.Column(valueColumn, 16);
        for (var i = 0; i < slots.Count; i++)
        {
            var row = HeaderRow + 1 + i;
            w.Text(row, 1, slots[i].Key);
            w.Number(row, 2, i + 1, FormStyles.Centered);
            w.Text(row, 3, text.Label(slots[i], withMeasure: false), FormStyles.Label);
            w.Text(row, 4, slots[i].Indicator.Measure, FormStyles.Label);
            w.Empty(row, valueColumn, InputStyle(slots[i]));
            var cell = CellReference.Format(row, valueColumn);
            var whole = PartOf(slots, i) is { } totalIndex ? CellReference.Format(HeaderRow + 1 + totalIndex, valueColumn) : null;
            Validate(w, text, slots[i], cell, cell, whole);
        }
        w.Freeze(0, HeaderRow);
        return w.Build();
    }

    // The hidden marks row, the site's name, the title (which names the period, so even a copy without the hidden
    // row reads back), and the instructions.
    private static void Top(WorksheetBuilder w, FormRequest request, FormText text, string mark, int lastColumn, string titleTail)
    {
        w.Text(1, 1, mark);
        w.Text(1, 2, request.Period.ToString());
        w.HideRow(1);
        w.Text(2, 2, request.SiteTitle, FormStyles.Title);
        w.Text(3, 2, (request.Language == Language.En ? "FIGURES REPORT — " : "BÁO CÁO SỐ LIỆU ") + titleTail, FormStyles.Title);
        w.Text(4, 2, text.Instructions(request.Indicators.Any(i => i.IsCount)), FormStyles.Note);
        w.Merge(4, 2, Math.Max(lastColumn, 3));
        w.Height(4, 62);
        w.Text(HeaderRow, 1, FormMarks.HeaderRow);
    }

    // The total a ratio's count or a breakdown's part must not exceed: the slot just before a ratio's total, or the
    // breakdown's first slot.
    private static int? PartOf(List<Slot> slots, int index)
    {
        var slot = slots[index];
        if (slot.Part == SlotPart.Main && slot.Indicator.Kind == IndicatorKind.Ratio && index + 1 < slots.Count && slots[index + 1].Part == SlotPart.Of)
            return index + 1;
        if (slot.Part == SlotPart.Part)
            return slots.FindIndex(s => s.Indicator == slot.Indicator && s.Part == SlotPart.Main) is >= 0 and var total ? total : null;
        return null;
    }

    private static void Validate(WorksheetBuilder w, FormText text, Slot slot, string range, string first, string? whole)
    {
        if (whole is not null)
        {
            // One rule per cell is all Excel allows, so the whole-number check goes into the formula too.
            var number = slot.Indicator.IsCount ? $"INT({first})={first}," : "";
            w.Validate(range, DataValidationValues.Custom, $"AND(ISNUMBER({first}),{first}>=0,{number}OR(ISBLANK({whole}),{first}<={whole}))", null, text.PartRule);
        }
        else if (slot.Indicator.IsCount)
            w.Validate(range, DataValidationValues.Whole, "0", DataValidationOperatorValues.GreaterThanOrEqual, text.WholeRule);
        else
            w.Validate(range, DataValidationValues.Decimal, "0", DataValidationOperatorValues.GreaterThanOrEqual, text.DecimalRule);
    }

    private static uint InputStyle(Slot slot) => slot.Indicator.IsCount ? FormStyles.WholeInput : FormStyles.DecimalInput;

    // Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], unique without regard to case.
    private static string SheetName(Unit unit, HashSet<string> taken)
    {
        var name = new string(unit.DisplayShort.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']') && !char.IsControl(c)).ToArray()).Trim('\'', ' ');
        if (name.Length == 0) name = "Sheet";
        if (name.Length > 31) name = name[..31].TrimEnd();
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }
        return candidate;
    }
}
