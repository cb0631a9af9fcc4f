namespace Bantin.Diagnostics;

/// <summary>Messages about the report table's figures in prose: year to date, same period last year, roll-ups.</summary>
public sealed partial class Messages
{
    public Text FigureMissingTarget(string indicator, string unit, string period, string placeholder) => T(
        $"Không có chỉ tiêu kế hoạch cho \"{indicator}\" của {unit} trong {period} nên không tính được tỷ lệ; bài in \"{placeholder}\".",
        $"No target for \"{indicator}\" of {unit} covering {period}, so there is no percentage; the article prints \"{placeholder}\".",
        "Thêm chỉ tiêu vào data/targets/ (tỷ lệ sẽ tự hiện), hoặc dùng value thay cho percent.",
        "Add a target under data/targets/ (the percentage then appears), or use value instead of percent.");

    public Text FigureNoComparison(string indicator, string unit, string period, string placeholder) => T(
        $"Không so sánh được \"{indicator}\" của {unit} kỳ {period} với cùng kỳ năm trước (thiếu số liệu một trong hai kỳ); bài in \"{placeholder}\".",
        $"\"{indicator}\" of {unit} for {period} cannot be compared with the same period last year (one of the two is missing); the article prints \"{placeholder}\".",
        "Thêm số liệu cùng kỳ năm trước vào data/results/, hoặc bỏ lệnh change.",
        "Add last year's figure under data/results/, or remove the change call.");

    public Text FigurePartialRollUp(string indicator, string unit, string period, int reported, int expected) => T(
        $"Số liệu \"{indicator}\" của {unit} kỳ {period} chỉ tổng hợp từ {reported}/{expected} đơn vị trực thuộc; bài in kèm \"(tổng hợp từ {reported}/{expected} đơn vị)\".",
        $"The figure \"{indicator}\" of {unit} for {period} sums only {reported} of {expected} sub-units; the article prints it with \"(summed from {reported} of {expected} units)\".",
        "Chờ các đơn vị còn lại báo cáo, hoặc nói rõ trong bài rằng số liệu chưa đầy đủ.",
        "Wait for the other units' reports, or say in the article that the figure is incomplete.");

    public Text FigureNoYearToDate(string period) => T(
        $"Kỳ {period} kéo dài qua nhiều năm nên không có lũy kế từ đầu năm.",
        $"The period {period} spans several years, so it has no year to date.",
        "Bỏ ytd: true, hoặc dùng một kỳ trong một năm.",
        "Remove ytd: true, or use a period within one year.");
}
