using Bantin.Formatting;
using Bantin.Import;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Forms;

/// <summary>The words on a report form, in the site language.</summary>
internal sealed class FormText(Language language)
{
    private bool En => language == Language.En;

    public string SheetName => En ? "Report" : "Báo cáo";

    public string Title(Period period) => En ? $"FIGURES REPORT — {period.Label(language)}" : $"BÁO CÁO SỐ LIỆU {period.Label(language)}";

    public string Instructions(bool countsPresent) => En
        ? "Fill in the white-yellow cells. Leave a cell empty when there is no figure yet (empty is not 0). "
          + (countsPresent ? "Counts are whole numbers. " : "") + "For a ratio give both numbers (count achieved and total); "
          + "a breakdown's total may be left empty, it is then the sum of its parts. Do not rename sheets or touch hidden rows and columns. "
          + "Send the file back; it is read with: bantin import FILE"
        : "Điền số liệu vào các ô màu vàng nhạt. Ô chưa có số liệu thì để trống (để trống khác với số 0). "
          + (countsPresent ? "Chỉ tiêu đếm (đoàn viên, CĐCS, …) ghi số nguyên. " : "") + "Chỉ tiêu tỷ lệ ghi cả số đạt và tổng số; "
          + "chỉ tiêu có chia nhỏ có thể để trống ô tổng, khi đó tổng là tổng các phần. Không đổi tên trang, không sửa các hàng, cột bị ẩn. "
          + "Gửi lại tệp này; nhập bằng lệnh: bantin import TỆP";

    public string Number => En ? "No." : "TT";
    public string Unit => En ? "Unit" : "Đơn vị";
    public string Indicator => En ? "Indicator" : "Chỉ tiêu";
    public string Measure => En ? "Measure" : "Đơn vị tính";
    public string Figure => En ? "Figure" : "Số liệu";

    /// <summary>What a column or row asks for: "Tổng số đoàn viên: trong đó khoi-hcsn (người)".</summary>
    public string Label(Slot slot, bool withMeasure)
    {
        var i = slot.Indicator;
        var measure = withMeasure ? $" ({i.Measure})" : "";
        return slot.Part switch
        {
            SlotPart.Of => En ? $"{i.Name}: total{measure}" : $"{i.Name}: tổng số{measure}",
            SlotPart.Part => En ? $"{i.Name}: of which {i.PartName(slot.PartKey!)}{measure}" : $"{i.Name}: trong đó {i.PartName(slot.PartKey!)}{measure}",
            _ when i.Kind == IndicatorKind.Ratio => En ? $"{i.Name}: achieved{measure}" : $"{i.Name}: số đạt{measure}",
            _ when i.Breakdown is not null => En ? $"{i.Name}: total{measure}" : $"{i.Name}: tổng số{measure}",
            _ => i.Name + measure,
        };
    }

    public (string Title, string Message) WholeRule => En
        ? ("Whole number", "Type a whole number, 0 or more (no decimals, no text). Leave it empty if there is no figure.")
        : ("Số nguyên", "Ghi một số nguyên từ 0 trở lên (không có phần thập phân, không có chữ). Để trống nếu chưa có số liệu.");

    public (string Title, string Message) DecimalRule => En
        ? ("Number", "Type a number, 0 or more. Leave it empty if there is no figure.")
        : ("Số", "Ghi một số từ 0 trở lên. Để trống nếu chưa có số liệu.");

    public (string Title, string Message) PartRule => En
        ? ("Part of a total", "Type a whole number, 0 or more, not larger than its total.")
        : ("Phần của tổng", "Ghi một số nguyên từ 0 trở lên, không lớn hơn tổng số của nó.");
}
