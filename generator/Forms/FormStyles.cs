using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bantin.Forms;

/// <summary>The few cell styles a form uses; the numbers are indexes into <see cref="Stylesheet"/>'s cell formats.</summary>
internal static class FormStyles
{
    public const uint Header = 1;
    public const uint Title = 2;
    public const uint Note = 3;
    public const uint Label = 4;
    public const uint WholeInput = 5;
    public const uint DecimalInput = 6;
    public const uint Centered = 7;

    public static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }),
            new Font(new Italic(), new FontSize { Val = 10 }, new FontName { Val = "Calibri" })) { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFFFF2CC"),
            Solid("FFD9E1F2")) { Count = 4 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder())) { Count = 2 },
        new CellFormats(
            new CellFormat(),
            Format(font: 1, fill: 3, border: 1, numFmt: 0, wrap: true, center: true),
            Format(font: 2, fill: 0, border: 0, numFmt: 0),
            Format(font: 3, fill: 0, border: 0, numFmt: 0, wrap: true),
            Format(font: 0, fill: 0, border: 1, numFmt: 0, wrap: true),
            Format(font: 0, fill: 2, border: 1, numFmt: 3),
            Format(font: 0, fill: 2, border: 1, numFmt: 0),
            Format(font: 0, fill: 0, border: 1, numFmt: 0, center: true)) { Count = 8 });

    internal static Fill Solid(string rgb) =>
        new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    internal static T Thin<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };

    internal static CellFormat Format(uint font, uint fill, uint border, uint numFmt, bool wrap = false, bool center = false)
    {
        var format = new CellFormat
        {
            FontId = font, FillId = fill, BorderId = border, NumberFormatId = numFmt,
            ApplyFont = font > 0, ApplyFill = fill > 0, ApplyBorder = border > 0, ApplyNumberFormat = numFmt > 0,
        };
        if (wrap || center)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment
            {
                WrapText = wrap ? true : null,
                Vertical = VerticalAlignmentValues.Center,
                Horizontal = center ? HorizontalAlignmentValues.Center : null,
            });
        }
        return format;
    }
}
