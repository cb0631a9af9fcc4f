namespace Bantin.Diagnostics;

public sealed partial class Messages
{
    public Text FigureUnknownPart(string part, string indicator, string? suggestion) => T(
        $"Số liệu \"{indicator}\" không có phần \"{part}\".", $"The figure \"{indicator}\" has no part \"{part}\".",
        suggestion is null ? "Xem các phần trong by: của tệp kết quả." : $"Có phải ý bạn là \"{suggestion}\"?",
        suggestion is null ? "See the parts under by: in the results file." : $"Did you mean \"{suggestion}\"?");

    public Text FigureNeedsUnit() => T(
        "Không biết số liệu của đơn vị nào.", "Which unit's figure?",
        "Thêm unit: vào phần đầu bài, hoặc viết unit: \"ma-don-vi\" trong lệnh.", "Add unit: to the front matter, or write unit: \"id\" in the call.");

    public Text FigureNeedsPeriod() => T(
        "Không biết số liệu của kỳ nào.", "Which period's figure?",
        "Thêm period: vào phần đầu bài, hoặc viết period: \"2019-04\" trong lệnh.", "Add period: to the front matter, or write period: \"2019-04\" in the call.");

    public Text FigureNotReported(string indicator, string unit, string period) => T(
        $"Chưa có số liệu \"{indicator}\" của {unit} cho {period}.", $"No figure for \"{indicator}\" of {unit} for {period}.",
        $"Thêm giá trị vào data/results/{unit}/… cho kỳ này, hoặc sửa lại mã chỉ tiêu, đơn vị, kỳ.",
        $"Add the value to data/results/{unit}/… for this period, or correct the indicator, unit or period.");

    public Text FigureUnknownSetBy(string setBy, string? suggestion) => T(
        $"Không có chỉ tiêu nào do \"{setBy}\" giao cho số liệu này.", $"No target of this figure was set by \"{setBy}\".",
        suggestion is null ? "Bỏ set_by để dùng chỉ tiêu có sẵn." : $"Có phải ý bạn là set_by: \"{suggestion}\"?",
        suggestion is null ? "Leave set_by out to use the target there is." : $"Did you mean set_by: \"{suggestion}\"?");

    public Text FigureBadBy(string text) => T(
        $"by: \"{text}\" không hợp lệ.", $"by: \"{text}\" is not valid.",
        "Dùng by: \"month\", \"quarter\", \"half\" hoặc \"year\".", "Use by: \"month\", \"quarter\", \"half\" or \"year\".");

    public Text FigureTemplateError(string reason) => T(
        $"Lỗi trong lệnh số liệu: {reason}", $"Error in a figure call: {reason}",
        CallExampleVi + " Các lệnh là value, percent, table, chart và progress.",
        CallExampleEn + " The functions are value, percent, table, chart and progress.");
}
