using DocumentFormat.OpenXml.Spreadsheet;
using Bantin.Forms;

namespace Bantin.Export;

/// <summary>
/// The export's cell styles, made with the report form's helpers (same fonts, fills and borders). Numbers are real
/// numbers with grouped thousands and a decimal comma where Excel's language is Vietnamese (171.283; 90,74; 97,29%):
/// Excel draws separators by the reader's settings, so a format cannot fix them without turning numbers into text.
/// </summary>
internal static class ExportStyles
{
    public const uint Header = 1;
    public const uint Title = 2;
    public const uint Note = 3;
    public const uint Label = 4;
    public const uint Whole = 5;
    public const uint Fraction = 6;
    public const uint Percent = 7;

    // Excel's own 0.00% and #,##0 are built in; a fraction shows as many decimals as it has (up to six, as the site).
    private const uint FractionFormat = 164;
    private const uint WholeFormat = 3;
    private const uint PercentFormat = 10;

    public static Stylesheet Stylesheet()
    {
        var sheet = FormStyles.Stylesheet();
        sheet.PrependChild(new NumberingFormats(new NumberingFormat { NumberFormatId = FractionFormat, FormatCode = "#,##0.0#####" }) { Count = 1 });
        var formats = sheet.CellFormats!;
        formats.RemoveAllChildren();
        formats.Append(
            new CellFormat(),
            FormStyles.Format(font: 1, fill: 3, border: 1, numFmt: 0, wrap: true, center: true),
            FormStyles.Format(font: 2, fill: 0, border: 0, numFmt: 0),
            FormStyles.Format(font: 3, fill: 0, border: 0, numFmt: 0),
            FormStyles.Format(font: 0, fill: 0, border: 1, numFmt: 0, wrap: true),
            FormStyles.Format(font: 0, fill: 0, border: 1, numFmt: WholeFormat),
            FormStyles.Format(font: 0, fill: 0, border: 1, numFmt: FractionFormat),
            FormStyles.Format(font: 0, fill: 0, border: 1, numFmt: PercentFormat));
        formats.Count = 8;
        return sheet;
    }

    /// <summary>A whole number without decimals, anything else with the decimals it has.</summary>
    public static uint For(decimal value) => decimal.Truncate(value) == value ? Whole : Fraction;
}
