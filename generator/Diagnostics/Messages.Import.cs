namespace Bantin.Diagnostics;

/// <summary>`bantin import` and `bantin new form`: reading spreadsheets, matching them to data/, merging results.</summary>
public sealed partial class Messages
{
    private const string NumberFormsVi = "Ghi một số: 1738, 1.738, 90,74; để trống nếu chưa có số liệu.";
    private const string NumberFormsEn = "Write a number: 1738, 1.738, 90,74; leave the cell empty if there is no figure yet.";

    public Text ImportFile(WorkbookProblem problem) => problem switch
    {
        WorkbookProblem.Missing => T("Không có tệp này.", "No such file.",
            "Kiểm tra lại tên và đường dẫn của tệp.", "Check the file's name and path."),
        WorkbookProblem.TooLarge => T("Tệp quá lớn để là một bảng báo cáo (hơn 100 MB).", "The file is too large to be a report sheet (over 100 MB).",
            "Kiểm tra xem có đúng tệp không.", "Check that it is the right file."),
        WorkbookProblem.Encrypted => T("Tệp có mật khẩu nên không đọc được.", "The file is password-protected and cannot be read.",
            "Mở tệp trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại.",
            "Open it in Excel, remove the password (File → Info → Protect Workbook) and save it again."),
        WorkbookProblem.CsvNotUtf8 => T("Tệp CSV không phải UTF-8, nên chữ Việt sẽ bị sai.", "The CSV file is not UTF-8, so Vietnamese letters would come out wrong.",
            "Trong Excel chọn Lưu thành → \"CSV UTF-8 (Comma delimited)\", hoặc gửi tệp .xlsx.",
            "In Excel use Save As → \"CSV UTF-8 (Comma delimited)\", or send the .xlsx file."),
        WorkbookProblem.UnknownType => T("Không biết đọc loại tệp này.", "This kind of file cannot be read.",
            "Dùng tệp .xlsx, .xls hoặc .csv.", "Use an .xlsx, .xls or .csv file."),
        WorkbookProblem.Unreadable => T("Không mở được tệp (không có quyền đọc, hoặc tệp đang bị khóa).", "The file cannot be opened (no permission, or it is locked).",
            "Đóng tệp trong Excel nếu đang mở, hoặc sao chép nó ra chỗ khác rồi nhập bản sao.",
            "Close it in Excel if it is open, or copy it elsewhere and import the copy."),
        _ => T("Tệp bị hỏng hoặc không phải bảng tính Excel.", "The file is damaged or not an Excel workbook.",
            "Mở tệp trong Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx.", "Open it in Excel or LibreOffice and save it again as .xlsx."),
    };

    public Text ImportNoPeriod() => T(
        "Không biết số liệu này thuộc kỳ báo cáo nào.", "The reporting period of these figures is not known.",
        "Thêm --period, ví dụ --period 2024-05, hoặc ghi kỳ trong dòng tiêu đề, ví dụ \"Báo cáo tháng 5/2024\".",
        "Add --period, e.g. --period 2024-05, or write the period in the title, e.g. \"Report for 2024-05\".");

    public Text ImportWrongPeriod(string found, string wanted) => T(
        $"Bảng này là số liệu {found}, nhưng lệnh nhập cho {wanted}.", $"This sheet holds figures for {found}, but the import is for {wanted}.",
        "Kiểm tra xem có đúng tệp không; nếu đúng, bỏ --period hoặc sửa nó cho khớp.",
        "Check that it is the right file; if it is, drop --period or correct it.");

    public Text ImportBadFormPeriod(string text) => T(
        $"Ô kỳ báo cáo của mẫu ghi \"{text}\", không phải một kỳ.", $"The form's period cell says \"{text}\", which is not a period.",
        "Tạo lại mẫu bằng bantin new form --period …, hoặc nhập với --period.", "Make the form again with bantin new form --period …, or import with --period.");

    public Text ImportNoHeader() => T(
        "Trang này có số nhưng không có dòng tiêu đề nào ghi tên chỉ tiêu.", "This sheet has numbers but no header row naming indicators.",
        "Ghi tên chỉ tiêu (như trong data/indicators.yaml) hoặc mã chỉ tiêu ở đầu mỗi cột số liệu.",
        "Write each column's indicator name (as in data/indicators.yaml) or id at its top.");

    public Text ImportNoUnitColumn() => T(
        "Không tìm thấy cột tên đơn vị.", "No column of unit names was found.",
        "Thêm cột \"Đơn vị\" ghi tên hoặc mã đơn vị (như trong data/units.yaml) ở mỗi dòng.",
        "Add a \"Unit\" column with each row's unit name or id (as in data/units.yaml).");

    public Text ImportMergedHeader(string range) => T(
        $"Ô tiêu đề {range} được gộp qua nhiều cột, nên không biết cột nào là chỉ tiêu nào.",
        $"The header cell {range} is merged across several columns, so it is not clear which column is which indicator.",
        "Bỏ gộp ô (Merge & Center → Unmerge) và ghi tên chỉ tiêu riêng cho từng cột.",
        "Unmerge it (Merge & Center → Unmerge Cells) and give each column its own indicator name.");

    public Text ImportUnknownIndicator(string text, string? suggestion) => T(
        $"Không có chỉ tiêu nào tên \"{text}\".", $"No indicator is called \"{text}\".",
        suggestion is null ? "Ghi đúng tên hoặc mã chỉ tiêu như trong data/indicators.yaml, hoặc xóa cột này." : $"Có phải ý bạn là \"{suggestion}\"?",
        suggestion is null ? "Write the indicator's name or id as in data/indicators.yaml, or delete the column." : $"Did you mean \"{suggestion}\"?");

    public Text ImportUnknownFormKey(string key) => T(
        $"Mẫu hỏi chỉ tiêu \"{key}\", nhưng data/indicators.yaml không còn chỉ tiêu đó.",
        $"The form asks for \"{key}\", which data/indicators.yaml no longer has.",
        "Tạo lại mẫu bằng bantin new form, hoặc thêm lại chỉ tiêu vào data/indicators.yaml.",
        "Make the form again with bantin new form, or put the indicator back in data/indicators.yaml.");

    public Text ImportDuplicateColumn(string indicator, string other) => T(
        $"Chỉ tiêu \"{indicator}\" có hai cột (cột kia ở {other}).", $"The indicator \"{indicator}\" has two columns (the other at {other}).",
        "Giữ lại một cột.", "Keep one of them.");

    public Text ImportUnknownUnit(string text, string? suggestion) => T(
        $"Không có đơn vị nào tên \"{text}\" trong data/units.yaml.", $"No unit called \"{text}\" is in data/units.yaml.",
        suggestion is null ? "Ghi đúng tên hoặc mã đơn vị như trong data/units.yaml, hoặc thêm đơn vị vào đó." : $"Có phải ý bạn là \"{suggestion}\"?",
        suggestion is null ? "Write the unit's name or id as in data/units.yaml, or add the unit there." : $"Did you mean \"{suggestion}\"?");

    public Text ImportAmbiguousUnit(string text, string candidates) => T(
        $"\"{text}\" có thể là nhiều đơn vị: {candidates}.", $"\"{text}\" could be several units: {candidates}.",
        "Ghi tên đầy đủ hoặc mã đơn vị.", "Write the full name or the unit's id.");

    public Text ImportValuesWithoutUnit() => T(
        "Dòng này có số liệu nhưng không ghi đơn vị.", "This row has figures but no unit.",
        "Ghi tên đơn vị vào ô này, hoặc xóa dòng.", "Write the unit's name in this cell, or delete the row.");

    public Text ImportDuplicateUnit(string unit, string other) => T(
        $"Đơn vị \"{unit}\" có hai dòng số liệu cho cùng kỳ (dòng kia ở {other}).",
        $"The unit \"{unit}\" has two rows of figures for the same period (the other at {other}).",
        "Giữ lại một dòng, hoặc cộng hai dòng lại nếu đó là hai phần của cùng một báo cáo.",
        "Keep one row, or add the two up if they are parts of one report.");

    public Text ImportNotANumber(string text) => T(
        $"\"{text}\" không phải là một số.", $"\"{text}\" is not a number.", NumberFormsVi, NumberFormsEn);

    public Text ImportAmbiguousNumber(string text) => T(
        $"\"{text}\" không rõ nghĩa: theo cách viết Việt Nam, dấu chấm nhóm hàng nghìn theo từng ba chữ số.",
        $"\"{text}\" is ambiguous: in Vietnamese numbers '.' groups thousands in threes.",
        "Viết phần thập phân sau dấu phẩy (90,74) hoặc hàng nghìn đủ ba chữ số (1.500); hoặc nhập vào ô dạng số thay vì dạng chữ.",
        "Write a decimal comma (90,74) or full thousands groups (1.500); or type it into a number cell, not a text cell.");

    public Text ImportCellError(string text) => T(
        $"Ô có lỗi công thức {text}.", $"The cell holds the formula error {text}.",
        "Sửa công thức hoặc ghi số trực tiếp vào ô.", "Fix the formula or type the number in.");

    public Text ImportUncomputedFormula() => T(
        "Ô có công thức nhưng chưa được tính (tệp không được lưu bằng Excel).", "The cell holds a formula that was never computed (the file was not saved by Excel).",
        "Mở tệp trong Excel hoặc LibreOffice và lưu lại, hoặc ghi số trực tiếp.", "Open the file in Excel or LibreOffice and save it, or type the number in.");

    public Text ImportThousandsOnCount(string text, string measure) => T(
        $"Ô ghi số thập phân {text.Replace('.', ',')}, nhưng chỉ tiêu này đếm số {measure} (số nguyên).",
        $"The cell holds the decimal number {text}, but this indicator counts whole {measure}.",
        $"Có phải ý bạn là {text.Replace(".", "")}? Ghi số không có dấu chấm.", $"Did you mean {text.Replace(".", "")}? Type it without the point.");

    public Text ImportPercentOnCount(string text, string measure) => T(
        $"\"{text}\" là tỷ lệ phần trăm, nhưng chỉ tiêu này đếm số {measure}.", $"\"{text}\" is a percentage, but this indicator counts {measure}.",
        "Ghi số lượng, không ghi phần trăm.", "Write the count, not a percentage.");

    public Text ImportRatioOnNonRatio(string text) => T(
        $"\"{text}\" là một phân số, nhưng chỉ tiêu này không phải dạng tỷ lệ.", $"\"{text}\" is a fraction, but this indicator is not a ratio.",
        "Ghi một số.", "Write a single number.");

    public Text ImportRatioNeedsOf(string text) => T(
        $"Chỉ tiêu này là tỷ lệ \"số đạt/tổng số\", mà ô chỉ ghi {text}.", $"This indicator is a ratio \"count/total\", but the cell holds only {text}.",
        "Ghi cả hai số, ví dụ 790/812.", "Write both numbers, e.g. 790/812.");

    public Text ImportMissingPair(bool ofMissing) => T(
        ofMissing ? "Có số đạt nhưng thiếu tổng số." : "Có tổng số nhưng thiếu số đạt.",
        ofMissing ? "The count is given but its total is missing." : "The total is given but the count is missing.",
        "Điền cả hai ô, hoặc để trống cả hai nếu chưa có số liệu.", "Fill both cells, or leave both empty if there is no figure yet.");

    public Text ImportPartAboveTotal(string part, string total) => T(
        $"Phần {part} lớn hơn tổng số {total}.", $"The part {part} is larger than its total {total}.",
        "Kiểm tra lại hai số: phần không thể lớn hơn tổng.", "Check both numbers: a part cannot exceed its total.");

    public Text ImportPartsSum(string sum, string total) => T(
        $"Các phần cộng lại được {sum}, khác với tổng số {total}.", $"The parts add up to {sum}, not to the total {total}.",
        "Sửa tổng hoặc các phần cho khớp; để trống tổng thì Bantin lấy tổng các phần.",
        "Correct the total or the parts; leave the total empty and Bantin takes the parts' sum.");

    public Text ImportTotalRow(string total, string sum) => T(
        $"Dòng tổng ghi {total}, nhưng các đơn vị cộng lại được {sum}.", $"The total row says {total}, but the units add up to {sum}.",
        "Dòng tổng không được nhập; kiểm tra xem có thiếu hay thừa đơn vị nào không.",
        "The total row is not imported; check whether a unit is missing or counted twice.");

    public Text ImportConflict(string file, string existing, string incoming) => T(
        $"{file} đã ghi {existing}, bảng này ghi {incoming}.", $"{file} already says {existing}; this sheet says {incoming}.",
        "Kiểm tra số nào đúng; muốn thay số cũ bằng số trong bảng thì chạy lại với --replace.",
        "Check which is right; to replace the old figure with the sheet's, run again with --replace.");

    public Text ImportDataBroken() => T(
        "Số liệu trong data/ đang có lỗi, nên chưa nhập gì.", "The data in data/ has errors, so nothing was imported.",
        "Sửa các lỗi ở trên (bantin build cũng báo chúng), rồi nhập lại.", "Fix the errors above (bantin build reports them too), then import again.");

    public Text ImportWriteFailed(string file, string reason) => T(
        $"Không ghi được {file}: {reason}", $"Could not write {file}: {reason}",
        "Kiểm tra quyền ghi và chỗ trống trên đĩa rồi chạy lại; các tệp đã ghi trước đó vẫn đúng.",
        "Check write permission and free space, then run again; the files written before it are complete.");

    public Text ImportNothingFound(bool form) => form
        ? T("Mẫu báo cáo chưa có ô số liệu nào được điền.", "No figure has been filled into the report form.",
            "Điền số liệu vào các ô màu vàng nhạt, lưu tệp rồi nhập lại.", "Fill the pale yellow cells, save the file and import it again.")
        : T("Không tìm thấy số liệu nào để nhập.", "No figures to import were found.",
            "Kiểm tra tệp có dòng tiêu đề ghi tên chỉ tiêu và cột ghi tên đơn vị.", "Check that the file has a header row of indicator names and a column of unit names.");

    public Text ImportNoFiles() => T(
        "Chưa chỉ ra tệp nào để nhập.", "No file to import was given.",
        "Ví dụ: bantin import bao-cao-thang-5.xlsx", "For example: bantin import report-may.xlsx");

    // new form

    public Text FormNothingToAsk(bool units) => T(
        units ? "Không có đơn vị nào để lập mẫu." : "Không có chỉ tiêu nào để lập mẫu.",
        units ? "There are no units to make a form for." : "There are no indicators to make a form for.",
        units ? "Thêm đơn vị vào data/units.yaml, hoặc kiểm tra --units." : "Thêm chỉ tiêu vào data/indicators.yaml, hoặc kiểm tra --indicators.",
        units ? "Add units to data/units.yaml, or check --units." : "Add indicators to data/indicators.yaml, or check --indicators.");

    public Text FormExists(string path) => T(
        $"{path} đã có; không ghi đè.", $"{path} already exists; it was not overwritten.",
        "Chọn tên khác bằng --output, hoặc xóa tệp cũ.", "Choose another name with --output, or delete the old file.");

    public Text FormBadLayout(string text) => T(
        $"Không có kiểu mẫu \"{text}\".", $"There is no form layout \"{text}\".",
        "Dùng --layout rows (mỗi đơn vị một dòng) hoặc --layout sheets (mỗi đơn vị một trang).",
        "Use --layout rows (a row a unit) or --layout sheets (a sheet a unit).");
}
