using Bantin.Formatting;

namespace Bantin.Diagnostics;

// Messages for data/: units, indicators, results and targets.
public sealed partial class Messages
{
    private const string PeriodFormsVi = "Viết kỳ theo một trong các dạng: 2019-04, 2019-Q1, 2020-H1, 2017-01..2017-05, 2021, 2013..2018.";
    private const string PeriodFormsEn = "Write the period in one of these forms: 2019-04, 2019-Q1, 2020-H1, 2017-01..2017-05, 2021, 2013..2018.";

    // YAML shape

    public Text DuplicateKey(string key, string other) => T(
        $"'{key}' được viết hai lần trong cùng một khối (lần đầu ở {other}).",
        $"'{key}' is written twice in the same block (first at {other}).",
        "Xóa một trong hai dòng, hoặc sửa lại tên cho đúng.", "Remove one of the two lines, or correct the name.");

    public Text ExpectedItemList(string file, string example) => T(
        $"{file} phải là một danh sách, mỗi mục bắt đầu bằng '- '.", $"{file} must be a list, each item starting with '- '.",
        $"Viết mỗi mục như sau: - {example}", $"Write each item like this: - {example}");

    public Text ExpectedItemMapping(string example) => T(
        "Mỗi mục của danh sách phải gồm các dòng 'khóa: giá trị'.", "Each item of the list must be 'key: value' lines.",
        $"Viết mục như sau: - {example}", $"Write the item like this: - {example}");

    public Text MissingField(string key, string example) => T(
        $"Thiếu '{key}'.", $"'{key}' is missing.",
        $"Thêm dòng: {key}: {example}", $"Add a line: {key}: {example}");

    public Text IgnoredDataFile(string file) => T(
        $"Tệp {file} bị bỏ qua: tệp số liệu phải có đuôi .yaml.", $"{file} is ignored: data files must end in .yaml.",
        "Đổi đuôi tệp thành .yaml.", "Rename the file to end in .yaml.");

    // Units and indicators

    public Text DuplicateUnit(string id, string other) => T(
        $"Mã đơn vị '{id}' đã được dùng ở {other}.", $"The unit id '{id}' is already used at {other}.",
        "Mỗi đơn vị cần một mã riêng: đổi mã của một trong hai đơn vị, hoặc xóa đơn vị bị lặp.",
        "Each unit needs its own id: change one of the two, or remove the repeated unit.");

    public Text DuplicateIndicator(string id, string other) => T(
        $"Mã chỉ tiêu '{id}' đã được dùng ở {other}.", $"The indicator id '{id}' is already used at {other}.",
        "Mỗi chỉ tiêu cần một mã riêng: đổi mã của một trong hai, hoặc xóa chỉ tiêu bị lặp.",
        "Each indicator needs its own id: change one of the two, or remove the repeated one.");

    public Text UnknownKind(string text, string? suggestion) => T(
        $"Không có loại chỉ tiêu \"{text}\".", $"There is no indicator kind \"{text}\".",
        suggestion is null ? "Dùng một trong: flow, stock, ratio, rate." : $"Có phải ý bạn là \"{suggestion}\"? Các loại: flow, stock, ratio, rate.",
        suggestion is null ? "Use one of: flow, stock, ratio, rate." : $"Did you mean \"{suggestion}\"? The kinds are: flow, stock, ratio, rate.");

    public Text UnknownParent(string id, string? suggestion) => T(
        $"Không có đơn vị cấp trên '{id}' trong data/units.yaml.", $"There is no parent unit '{id}' in data/units.yaml.",
        suggestion is null ? "Thêm đơn vị đó vào data/units.yaml, hoặc sửa lại mã." : $"Có phải ý bạn là '{suggestion}'?",
        suggestion is null ? "Add that unit to data/units.yaml, or correct the id." : $"Did you mean '{suggestion}'?");

    public Text ParentCycle(string chain) => T(
        $"Các đơn vị là cấp trên của nhau theo vòng: {chain}.", $"The units are each other's parents in a circle: {chain}.",
        "Sửa 'parent' để cây đơn vị có một gốc (đơn vị không có parent).",
        "Correct a 'parent' so that the tree has a root (a unit without parent).");

    // Results and targets

    public Text UnknownUnit(string id, string? suggestion) => T(
        $"Không có đơn vị '{id}' trong data/units.yaml.", $"There is no unit '{id}' in data/units.yaml.",
        suggestion is null ? "Thêm đơn vị vào data/units.yaml, hoặc sửa lại mã." : $"Có phải ý bạn là '{suggestion}'?",
        suggestion is null ? "Add the unit to data/units.yaml, or correct the id." : $"Did you mean '{suggestion}'?");

    public Text UnknownSetBy(string id, string? suggestion) => T(
        $"set_by: không có đơn vị '{id}' trong data/units.yaml.", $"set_by: there is no unit '{id}' in data/units.yaml.",
        suggestion is null ? "Ghi mã của đơn vị giao chỉ tiêu, ví dụ: set_by: vn" : $"Có phải ý bạn là '{suggestion}'?",
        suggestion is null ? "Write the id of the unit that set the target, e.g. set_by: vn" : $"Did you mean '{suggestion}'?");

    public Text UnknownIndicator(string id, string? suggestion) => T(
        $"Không có chỉ tiêu '{id}' trong data/indicators.yaml.", $"There is no indicator '{id}' in data/indicators.yaml.",
        suggestion is null ? "Thêm chỉ tiêu vào data/indicators.yaml, hoặc sửa lại mã." : $"Có phải ý bạn là '{suggestion}'?",
        suggestion is null ? "Add the indicator to data/indicators.yaml, or correct the id." : $"Did you mean '{suggestion}'?");

    public Text BadPeriod(string text, PeriodError error, string? suggestion)
    {
        var (vi, en) = error switch
        {
            PeriodError.Empty => ("chưa ghi gì", "nothing is written"),
            PeriodError.YearOutOfRange => ("năm phải từ 1000 đến 9999", "the year must be 1000 to 9999"),
            PeriodError.MonthOutOfRange => ("tháng phải từ 01 đến 12", "the month must be 01 to 12"),
            PeriodError.QuarterOutOfRange => ("quý phải từ Q1 đến Q4", "the quarter must be Q1 to Q4"),
            PeriodError.HalfOutOfRange => ("nửa năm phải là H1 hoặc H2", "the half must be H1 or H2"),
            PeriodError.RangeReversed => ("khoảng bắt đầu sau khi kết thúc", "the range starts after it ends"),
            PeriodError.RangeMixed => ("hai đầu của khoảng phải cùng là tháng (2017-01..2017-05) hoặc cùng là năm (2013..2018)",
                "both ends of a range must be months (2017-01..2017-05) or years (2013..2018)"),
            PeriodError.RangeSeparator => ("khoảng được viết bằng \"..\", không phải dấu gạch", "a range is written with \"..\", not a dash"),
            _ => ("không đúng dạng của một kỳ", "this is not a period"),
        };
        return T($"Kỳ \"{text}\" không hợp lệ: {vi}.", $"The period \"{text}\" is not valid: {en}.",
            suggestion is null ? PeriodFormsVi : $"Có phải ý bạn là {suggestion}?",
            suggestion is null ? PeriodFormsEn : $"Did you mean {suggestion}?");
    }

    public Text BadNumber(string text, NumberError error) => error switch
    {
        NumberError.Empty => T("Thiếu giá trị.", "The value is missing.",
            "Ghi một số, ví dụ: 72", "Write a number, e.g. 72"),
        NumberError.Ambiguous => T(
            $"\"{text}\" không rõ nghĩa: theo cách viết Việt Nam, dấu chấm nhóm hàng nghìn theo từng ba chữ số.",
            $"\"{text}\" is ambiguous: in Vietnamese numbers '.' groups thousands in threes.",
            "Viết phần thập phân sau dấu phẩy (\"90,74\") hoặc bỏ ngoặc kép (90.74); viết hàng nghìn đủ ba chữ số (\"1.500\").",
            "Write a decimal comma (\"90,74\") or drop the quotes (90.74); write thousands in full groups (\"1.500\")."),
        NumberError.UnsupportedNotation => T(
            $"\"{text}\" là cách viết số không dùng trong tệp số liệu.", $"\"{text}\" is a number notation data files do not use.",
            "Viết bằng các chữ số, ví dụ: 1000", "Write plain digits, e.g. 1000"),
        NumberError.OutOfRange => T($"Số \"{text}\" quá lớn.", $"The number \"{text}\" is too large.",
            "Kiểm tra lại số chữ số.", "Check the number of digits."),
        _ => T($"\"{text}\" không phải là một số.", $"\"{text}\" is not a number.",
            "Ghi một số: 1738, 90.74, hoặc theo cách viết Việt Nam trong ngoặc kép: \"1.738\", \"90,74\".",
            "Write a number: 1738, 90.74, or Vietnamese-style in quotes: \"1.738\", \"90,74\"."),
    };

    public Text ExpectedNumber(string key) => T(
        $"'{key}' phải là một số.", $"'{key}' must be a number.",
        $"Viết: {key}: 72", $"Write: {key}: 72");

    public Text ThousandsOnCount(string text, string measure) => T(
        $"{text} được đọc là số thập phân {text.Replace('.', ',')}, nhưng chỉ tiêu này đếm số {measure} (số nguyên).",
        $"{text} reads as the decimal number {text}, but this indicator counts whole {measure}.",
        $"Có phải ý bạn là \"{text}\" (trong ngoặc kép, tức {text.Replace(".", "")}) hay {text.Replace(".", "")}?",
        $"Did you mean \"{text}\" (quoted, {text.Replace(".", "")}) or {text.Replace(".", "")}?");

    public Text FractionOnCount(string text, string measure) => T(
        $"Chỉ tiêu này đếm số {measure}, nên không thể là {text}.", $"This indicator counts whole {measure}, so it cannot be {text}.",
        "Ghi một số nguyên.", "Write a whole number.");

    public Text NegativeCount(string text, string measure) => T(
        $"Số {measure} không thể âm ({text}).", $"A number of {measure} cannot be negative ({text}).",
        "Bỏ dấu trừ, hoặc sửa lại số.", "Remove the minus sign, or correct the number.");

    public Text RatioWithoutOf(string id) => T(
        $"'{id}' là chỉ tiêu dạng tỷ lệ (ratio): cần cả tổng số 'of'.", $"'{id}' is a ratio indicator: it needs its total, 'of'.",
        $"Viết: {id}: {{ value: 790, of: 812 }}", $"Write: {id}: {{ value: 790, of: 812 }}");

    public Text RatioAboveOf(string value, string of) => T(
        $"Giá trị {value} lớn hơn tổng số {of}.", $"The value {value} is larger than its total {of}.",
        "Kiểm tra lại hai số: value là số đạt, of là tổng số (790/812 → value: 790, of: 812).",
        "Check both numbers: value is the count achieved, of is the total (790/812 → value: 790, of: 812).");

    public Text OfOnNonRatio(string id) => T(
        $"'of' chỉ dùng cho chỉ tiêu dạng tỷ lệ (kind: ratio), mà '{id}' thì không phải.",
        $"'of' is only for ratio indicators (kind: ratio), and '{id}' is not one.",
        $"Bỏ 'of', hoặc đổi loại của '{id}' thành ratio trong data/indicators.yaml.",
        $"Remove 'of', or make '{id}' a ratio in data/indicators.yaml.");

    public Text ByWithoutBreakdown(string id) => T(
        $"Chỉ tiêu '{id}' không được chia nhỏ (thiếu 'breakdown' trong data/indicators.yaml).",
        $"The indicator '{id}' has no breakdown ('breakdown' is missing in data/indicators.yaml).",
        $"Thêm breakdown: ten-cach-chia cho '{id}' trong data/indicators.yaml, hoặc bỏ 'by'.",
        $"Add breakdown: some-name to '{id}' in data/indicators.yaml, or remove 'by'.");

    public Text BreakdownSum(string parts, string total) => T(
        $"Các phần cộng lại được {parts}, khác với tổng {total}.", $"The parts add up to {parts}, not to the total {total}.",
        "Sửa lại tổng hoặc các phần cho khớp nhau.", "Correct the total or the parts so that they agree.");

    public Text MissingAmount(string id) => T(
        $"'{id}' thiếu giá trị ('value' hoặc 'total').", $"'{id}' has no 'value' or 'total'.",
        $"Viết: {id}: {{ value: 790, of: 812 }} hoặc {id}: {{ total: 1738, by: {{ ... }} }}",
        $"Write: {id}: {{ value: 790, of: 812 }} or {id}: {{ total: 1738, by: {{ ... }} }}");

    public Text ValueAndTotal() => T(
        "Chỉ ghi một trong hai: 'value' hoặc 'total'.", "Write only one of 'value' and 'total'.",
        "Xóa một trong hai dòng.", "Remove one of them.");

    public Text DuplicateResult(string indicator, string period, string other) => T(
        $"Giá trị của '{indicator}' cho kỳ {period} đã được ghi ở {other}.",
        $"A value of '{indicator}' for {period} is already given at {other}.",
        "Giữ lại một giá trị: xóa dòng này hoặc dòng kia.", "Keep one value: remove this line or the other one.");

    public Text DuplicateTarget(string indicator, string period, string? setBy, string other) => T(
        $"Chỉ tiêu '{indicator}' cho kỳ {period}{(setBy is null ? "" : $" do '{setBy}' giao")} đã được ghi ở {other}.",
        $"A target for '{indicator}' for {period}{(setBy is null ? "" : $" set by '{setBy}'")} is already given at {other}.",
        "Giữ lại một chỉ tiêu, hoặc ghi set_by khác nhau nếu hai cấp cùng giao.",
        "Keep one target, or give each its own set_by if two bodies set one.");
}
