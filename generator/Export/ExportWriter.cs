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
        double[] widths = [30, 14, 40, 14, 14, 12, 10, 12, 24, 14, 10, 20, 12, 20];
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
            // A rate is written as a percentage (90,74 → 90,74%), the way Excel holds percentages.
            if (line.Indicator.Kind == IndicatorKind.Rate) w.Number(row, 5, figure.Value / 100m, ExportStyles.Percent);
            else w.Number(row, 5, figure.Value, ExportStyles.For(figure.Value));
            if (figure.Of is { } of) w.Number(row, 6, of, ExportStyles.For(of));
            if (figure.Rate is { } rate) w.Number(row, 7, rate, ExportStyles.Percent);
        }
        else w.Text(row, 5, text.NotReported, ExportStyles.Label);
        if (line.Achievement is { } a)
        {
            w.Number(row, 8, a.Target.Value, ExportStyles.For(a.Target.Value));
            if (a.Target.SetBy is not null) w.Text(row, 9, line.SetByName ?? a.Target.SetBy, ExportStyles.Label);
            w.Text(row, 10, a.Target.Period.Label(language), ExportStyles.Label);
            // No achievement without a figure or against a target of 0: the site shows "—", so does the sheet.
            if (a.Ratio is { } ratio && line.Figure is not null) w.Number(row, 11, ratio, ExportStyles.Percent);
            else w.Text(row, 11, text.NotReported, ExportStyles.Label);
        }
        w.Text(row, 12, line.Unit.Id);
        w.Text(row, 13, line.Period.ToString());
        w.Text(row, 14, line.Indicator.Id);
    }
}
