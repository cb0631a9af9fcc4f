using Bantin.Formatting;

namespace Bantin.Export;

/// <summary>The workbook's labels in the site language.</summary>
internal sealed class ExportText(Language language)
{
    private readonly bool _en = language == Language.En;

    public string SheetName => _en ? "Figures" : "Số liệu";
    public string Title => _en ? "FIGURES, TARGETS AND ACHIEVEMENT" : "SỐ LIỆU, CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN";
    public string Note => _en
        ? "The same figures as the site's pages. An empty cell or \"—\": not reported. A ratio: its count, its total and the rate. Achieved: as on the page, the figure cumulated from the start of the target's period against the target."
        : "Cùng số liệu với các trang của site. Ô trống hoặc \"—\": chưa báo cáo. Chỉ tiêu tỉ lệ: số đạt, tổng số và tỉ lệ. Đạt: như trên trang, số lũy kế từ đầu kỳ kế hoạch so với kế hoạch.";
    public string NotReported => "—";

    public IReadOnlyList<string> Headers => _en
        ? ["Unit", "Period", "Indicator", "Measure", "This period", "Of", "Rate", "Year to date", "Target", "Set by", "Target period", "Achieved",
            "Same period last year", "Change", "Notes", "Unit id", "Period code", "Indicator id"]
        : ["Đơn vị", "Kỳ", "Chỉ tiêu", "Đơn vị tính", "Thực hiện kỳ này", "Trên tổng số", "Tỉ lệ", "Lũy kế từ đầu năm", "Kế hoạch", "Đơn vị giao",
            "Kỳ kế hoạch", "Đạt", "Cùng kỳ năm trước", "So với cùng kỳ", "Ghi chú", "Mã đơn vị", "Mã kỳ", "Mã chỉ tiêu"];
}
