namespace Bantin.Diagnostics;

// Messages for provisional and revised figures: status: and revisions: in results files, and articles whose figures
// have since been corrected.
public sealed partial class Messages
{
    private const string RevisionExample = "- { date: 2019-06-10, values: { doan-vien-moi: 72 } }";

    public Text BadResultStatus(string text, string? suggestion) => T(
        $"Trạng thái '{text}' không hợp lệ.", $"'{text}' is not a status.",
        suggestion is null
            ? "Viết 'status: provisional' cho số liệu sơ bộ, hoặc xóa dòng này khi số liệu đã chính thức."
            : $"Có phải ý bạn là 'status: {suggestion}'? Viết 'status: provisional' cho số liệu sơ bộ, hoặc xóa dòng này khi số liệu đã chính thức.",
        suggestion is null
            ? "Write 'status: provisional' for provisional figures, or remove the line once they are final."
            : $"Did you mean 'status: {suggestion}'? Write 'status: provisional' for provisional figures, or remove the line once they are final.");

    public Text RevisionsNotList() => T(
        "'revisions' phải là một danh sách lần điều chỉnh, mỗi lần bắt đầu bằng '- date:'.",
        "'revisions' must be a list of corrections, each starting with '- date:'.",
        $"Viết mỗi lần như sau: {RevisionExample}", $"Write each one like this: {RevisionExample}");

    public Text RevisionBadDate(string text, string? iso) => T(
        $"Ngày điều chỉnh '{text}' không đúng dạng năm-tháng-ngày.", $"The correction date '{text}' is not year-month-day.",
        iso is null ? "Viết ngày theo dạng 2019-06-10 (ngày 10 tháng 6 năm 2019)." : $"Viết ngày theo dạng năm-tháng-ngày: date: {iso}",
        iso is null ? "Write the date as 2019-06-10 (10 June 2019)." : $"Write the date as year-month-day: date: {iso}");

    public Text RevisionInFuture(string date, string today) => T(
        $"Ngày điều chỉnh {date} ở sau ngày dựng trang ({today}).", $"The correction date {date} is after the build date ({today}).",
        "Ghi ngày nhận được số liệu điều chỉnh (hôm nay hoặc trước đó); số trước đó ghi dưới 'values:' của lần điều chỉnh.",
        "Write the day the corrected figure arrived (today or earlier); the earlier figures go under the correction's 'values:'.");

    public Text RevisionBeforePeriod(string date, string period) => T(
        $"Ngày điều chỉnh {date} ở trước kỳ báo cáo {period}: số liệu chưa thể có trước khi kỳ bắt đầu.",
        $"The correction date {date} is before the period {period} starts: there was no figure to correct yet.",
        "Sửa lại ngày điều chỉnh (năm-tháng-ngày, ví dụ 2019-06-10).", "Correct the date (year-month-day, e.g. 2019-06-10).");

    public Text RevisionDuplicateDate(string date, string other) => T(
        $"Hai lần điều chỉnh cùng ngày {date} (lần đầu ở {other}).", $"Two corrections on the same day {date} (the first at {other}).",
        "Gộp hai lần thành một: dưới 'values:' ghi số liệu đứng trước ngày đó.",
        "Merge them into one: under 'values:' write the figures as they stood before that day.");

    public Text RevisionNotInValues(string id) => T(
        $"Lần điều chỉnh ghi số cũ của '{id}', nhưng 'values:' của tệp không có chỉ tiêu này.",
        $"The correction gives an earlier figure for '{id}', but the file's 'values:' has no such indicator.",
        $"Thêm số hiện hành của '{id}' dưới 'values:', hoặc xóa dòng này khỏi lần điều chỉnh.",
        $"Add the current figure of '{id}' under 'values:', or remove this line from the correction.");

    public Text RevisionSameValue(string id, string date) => T(
        $"Lần điều chỉnh ngày {date} ghi số cũ của '{id}' bằng đúng số sau đó: không có gì được điều chỉnh.",
        $"The correction of {date} gives '{id}' the same figure it has after it: nothing was corrected.",
        "Xóa dòng này khỏi lần điều chỉnh, hoặc ghi đúng số trước khi điều chỉnh.",
        "Remove this line from the correction, or write the figure as it stood before.");

    public Text ArticleFigureRevised(string call, string printed, string now, string date) => T(
        $"Số liệu bài viết in ra ({call} → {printed}) đã được điều chỉnh ngày {date}, nay là {now}. Bài vẫn in số cũ, kèm ghi chú dẫn tới số mới.",
        $"A figure this article prints ({call} → {printed}) was corrected on {date}; it is now {now}. The article keeps the old figure, with a note linking to the new one.",
        "Cân nhắc đăng tin đính chính nếu con số này quan trọng với bạn đọc.",
        "Consider publishing a correction if readers rely on this figure.");
}
