using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Bantin.Formatting;
using Bantin.Forms;
using Bantin.Model.Data;

namespace Bantin.Export;

/// <summary>
/// Writes the lines as one sheet, a row a unit × period × indicator × target: numbers as number cells (a rate and an
/// achievement as a percentage), "—" where nothing was reported, and the ids at the right so a program can read it back.
/// </summary>
public static class ExportWriter
{
    private const int HeaderRow = 4;

    public static void Write(Stream stream, string siteTitle, Language language, IReadOnlyList<ExportLine> lines)
    {
        var text = new ExportText(language);
        using var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var book = document.AddWorkbookPart();
        book.Workbook = new Workbook();
        book.AddNewPart<WorkbookStylesPart>().Stylesheet = ExportStyles.Stylesheet();
        var part = book.AddNewPart<WorksheetPart>();
        part.Worksheet = Sheet(siteTitle, language, text, lines);
        book.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = 1, Name = text.SheetName });
        book.Workbook.Save();
    }

    private static Worksheet Sheet(string siteTitle, Language language, ExportText text, IReadOnlyList<ExportLine> lines)
    {
        var w = new WorksheetBuilder();
        w.Text(1, 1, siteTitle, ExportStyles.Title);
        w.Text(2, 1, text.Title, ExportStyles.Title);
        w.Text(3, 1, text.Note, ExportStyles.Note);
        double[] widths = [30, 14, 40, 14, 14, 12, 10, 14, 12, 24, 14, 12, 14, 20, 30, 20, 12, 20];
        for (var c = 0; c < text.Headers.Count; c++)
        {
            w.Text(HeaderRow, c + 1, text.Headers[c], ExportStyles.Header);
            w.Column(c + 1, widths[c]);
        }
        for (var i = 0; i < lines.Count; i++) Line(w, HeaderRow + 1 + i, lines[i], language, text);
        w.Freeze(3, HeaderRow);
        return w.Build();
    }

    private static void Line(WorksheetBuilder w, int row, ExportLine line, Language language, ExportText text)
    {
        w.Text(row, 1, line.Unit.DisplayShort, ExportStyles.Label);
        w.Text(row, 2, line.Period.Label(language), ExportStyles.Label);
        w.Text(row, 3, line.Indicator.Name, ExportStyles.Label);
        w.Text(row, 4, line.Indicator.Measure, ExportStyles.Label);
        if (line.Figure is { } figure)
        {
            Value(w, row, 5, line.Indicator, figure);
            if (figure.Of is { } of) w.Number(row, 6, of, ExportStyles.For(of));
            if (figure.Rate is { } rate) w.Number(row, 7, rate, ExportStyles.Percent);
        }
        else w.Text(row, 5, text.NotReported, ExportStyles.Label);
        if (line.ToDate is { } toDate) Value(w, row, 8, line.Indicator, toDate);
        if (line.Progress is { } p) Target(w, row, line, p, language, text);
        if (line.LastYear is { } previous) Value(w, row, 13, line.Indicator, previous);
        if (line.ChangeText is { } change) w.Text(row, 14, change, ExportStyles.Label);
        if (line.Notes.Length > 0) w.Text(row, 15, line.Notes, ExportStyles.Label);
        w.Text(row, 16, line.Unit.Id);
        w.Text(row, 17, line.Period.ToString());
        w.Text(row, 18, line.Indicator.Id);
    }

    // A rate is written as a percentage (90,74 → 90,74%), the way Excel holds percentages.
    private static void Value(WorksheetBuilder w, int row, int column, Indicator indicator, Compute.Data.Figure figure)
    {
        if (indicator.Kind == IndicatorKind.Rate) w.Number(row, column, figure.Value / 100m, ExportStyles.Percent);
        else w.Number(row, column, figure.Value, ExportStyles.For(figure.Value));
    }

    private static void Target(WorksheetBuilder w, int row, ExportLine line, Compute.Data.TargetProgress p, Language language, ExportText text)
    {
        w.Number(row, 9, p.Target.Value, ExportStyles.For(p.Target.Value));
        if (p.Target.SetBy is not null) w.Text(row, 10, line.SetByName ?? p.Target.SetBy, ExportStyles.Label);
        w.Text(row, 11, p.Target.Period.Label(language), ExportStyles.Label);
        // The cumulated figure over the target, as the page; a rate in points as the page words it; "—" where the page
        // shows no achievement (no figure for all the months, a target of 0).
        if (p.Ratio is { } ratio) w.Number(row, 12, ratio, ExportStyles.Percent);
        else w.Text(row, 12, line.AchievementText ?? text.NotReported, ExportStyles.Label);
    }
}
