using Bantin.Formatting;

namespace Bantin.Export;

/// <summary>The workbook's labels in the site language.</summary>
internal sealed class ExportText(Language language)
{
    private readonly bool _en = language == Language.En;

    public string SheetName => _en ? "Figures" : "Số liệu";
    public string Title => _en ? "FIGURES, TARGETS AND ACHIEVEMENT" : "SỐ LIỆU, CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN";
    public string Note => _en
        ? "The same figures as the site's pages. An empty cell or \"—\": not reported. A ratio: its count, its total and the rate."
        : "Cùng số liệu với các trang của site. Ô trống hoặc \"—\": chưa báo cáo. Chỉ tiêu tỉ lệ: số đạt, tổng số và tỉ lệ.";
    public string NotReported => "—";

    public IReadOnlyList<string> Headers => _en
        ? ["Unit", "Period", "Indicator", "Measure", "Result", "Of", "Rate", "Target", "Set by", "Target period", "Achieved", "Unit id", "Period code", "Indicator id"]
        : ["Đơn vị", "Kỳ", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Trên tổng số", "Tỉ lệ", "Kế hoạch", "Đơn vị giao", "Kỳ kế hoạch", "Đạt", "Mã đơn vị", "Mã kỳ", "Mã chỉ tiêu"];
}
