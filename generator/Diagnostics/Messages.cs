using Bantin.Formatting;

namespace Bantin.Diagnostics;

/// <summary>
/// Every message a build can print, in Vietnamese and English. One place, so the two languages
/// stay in step and each message keeps its "what" and its "fix" together.
/// </summary>
public sealed partial class Messages(Language language)
{
    public Language Language { get; } = language;

    private Text T(string vi, string en, string? fixVi = null, string? fixEn = null) =>
        Language == Language.En ? new Text(en, fixEn) : new Text(vi, fixVi);

    // Files and YAML

    public Text NotUtf8() => T(
        "Tệp không phải UTF-8.", "The file is not UTF-8.",
        "Lưu lại tệp với bảng mã UTF-8.", "Save the file again as UTF-8.");

    public Text YamlSyntax(string reason)
    {
        var quote = reason.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) ||
                    reason.Contains("closing quote", StringComparison.OrdinalIgnoreCase);
        return T($"YAML không hợp lệ: {reason}", $"Invalid YAML: {reason}",
            quote ? "Có phải bạn quên đóng dấu ngoặc kép?" : "Kiểm tra thụt lề và dấu hai chấm; một giá trị có dấu ':' hoặc '#' cần đặt trong ngoặc kép.",
            quote ? "Did you forget to close the quote?" : "Check the indentation and colons; a value containing ':' or '#' needs quotes.");
    }

    public Text YamlNotMapping() => T(
        "Phần đầu phải là các dòng 'khóa: giá trị'.", "Expected 'key: value' lines.",
        "Viết mỗi thiết lập trên một dòng, ví dụ: title: Tiêu đề", "Write one setting per line, e.g. title: My title");

    public Text ExpectedText(string key) => T(
        $"'{key}' phải là một giá trị văn bản.", $"'{key}' must be a single text value.",
        $"Viết: {key}: giá trị", $"Write: {key}: value");

    public Text ExpectedList(string key) => T(
        $"'{key}' phải là một danh sách.", $"'{key}' must be a list.",
        $"Viết: {key}: [mục 1, mục 2]", $"Write: {key}: [one, two]");

    public Text ExpectedMapping(string key) => T(
        $"'{key}' phải gồm các dòng 'khóa: giá trị'.", $"'{key}' must be a mapping of 'key: value' lines.",
        $"Viết: {key}: {{ khoa: gia-tri }}", $"Write: {key}: {{ key: value }}");

    public Text ExpectedBool(string key, string text) => T(
        $"'{key}' phải là true hoặc false, không phải \"{text}\".", $"'{key}' must be true or false, not \"{text}\".",
        $"Viết: {key}: true", $"Write: {key}: true");

    public Text UnknownKey(string key, string? suggestion) => T(
        $"Khóa không dùng đến: '{key}'.", $"Unknown key '{key}'.",
        suggestion is null ? "Xóa dòng này nếu không cần." : $"Có phải ý bạn là '{suggestion}'?",
        suggestion is null ? "Remove the line if it is not needed." : $"Did you mean '{suggestion}'?");

    // site.yaml

    public Text SiteYamlMissing(string root) => T(
        $"Không tìm thấy site.yaml trong {root}.", $"No site.yaml in {root}.",
        "Chạy lệnh trong thư mục của site, hoặc chỉ ra thư mục bằng --site DIR.",
        "Run the command in the site folder, or point at it with --site DIR.");

    public Text UnknownLanguage(string text) => T(
        $"Ngôn ngữ \"{text}\" không được hỗ trợ.", $"Language \"{text}\" is not supported.",
        "Dùng language: vi hoặc language: en.", "Use language: vi or language: en.");

    public Text SiteTitleMissing() => T(
        "site.yaml thiếu 'title' (tên của site).", "site.yaml has no 'title'.",
        "Thêm dòng: title: Liên đoàn Lao động tỉnh ...", "Add a line: title: My federation");

    public Text BadBaseUrl(string text) => T(
        $"base_url \"{text}\" không phải địa chỉ http(s) đầy đủ.", $"base_url \"{text}\" is not a full http(s) address.",
        "Ví dụ: base_url: https://example.org/congdoan/", "For example: base_url: https://example.org/congdoan/");

    public Text UnknownTimeZone(string text) => T(
        $"Không biết múi giờ \"{text}\".", $"Unknown time zone \"{text}\".",
        "Dùng tên IANA, ví dụ: timezone: Asia/Ho_Chi_Minh", "Use an IANA name, e.g. timezone: Asia/Ho_Chi_Minh");

    public Text BadPageSize(string text) => T(
        $"page_size \"{text}\" phải là số nguyên từ 1 đến 1000.", $"page_size \"{text}\" must be a whole number from 1 to 1000.",
        "Ví dụ: page_size: 20", "For example: page_size: 20");

    // Articles

    public Text FrontMatterMissing() => T(
        "Thiếu phần đầu (front matter) của bài.", "The file has no front matter.",
        "Bắt đầu tệp bằng một dòng ---, các dòng title: và date:, rồi một dòng --- nữa.",
        "Start the file with a --- line, then title: and date: lines, then another --- line.");

    public Text FrontMatterUnclosed() => T(
        "Phần đầu (front matter) không được đóng.", "The front matter is never closed.",
        "Thêm một dòng --- sau dòng cuối của phần đầu.", "Add a --- line after the last front-matter line.");

    public Text TitleMissing() => T(
        "Bài viết thiếu tiêu đề (title).", "The article has no title.",
        "Thêm vào phần đầu: title: Tiêu đề bài viết", "Add to the front matter: title: The title");

    public Text DateMissing() => T(
        "Bài viết thiếu ngày đăng (date).", "The article has no date.",
        "Thêm vào phần đầu, ví dụ: date: 2019-04-27 14:23", "Add to the front matter, e.g. date: 2019-04-27 14:23");

    public Text BadDate(string text) => T(
        $"Ngày đăng \"{text}\" không hợp lệ.", $"The date \"{text}\" is not valid.",
        "Viết theo dạng năm-tháng-ngày giờ:phút, ví dụ: 2019-04-27 14:23 (có thể thêm múi giờ +07:00).",
        "Write year-month-day hour:minute, e.g. 2019-04-27 14:23 (an offset such as +07:00 may follow).");

    public Text EmptySlug(string text) => T(
        $"Không tạo được đường dẫn từ \"{text}\".", $"No URL can be made from \"{text}\".",
        "Thêm dòng slug: ten-bai-viet (chữ không dấu, số và dấu -).", "Add a line slug: my-article (letters, digits and -).");

    public Text DuplicateUrl(string url, string other) => T(
        $"Hai trang cùng một địa chỉ /{url}: tệp này và {other}.", $"Two pages share the URL /{url}: this file and {other}.",
        "Đổi tiêu đề hoặc thêm dòng slug: khác cho một trong hai bài.", "Change the title or add a different slug: to one of them.");

    public Text UnknownLayout(string name, string? suggestion) => T(
        $"Không có khuôn trang (layout) \"{name}\".", $"There is no layout \"{name}\".",
        suggestion is null ? $"Tạo tệp templates/{name}.html hoặc xóa dòng layout:." : $"Có phải ý bạn là \"{suggestion}\"?",
        suggestion is null ? $"Create templates/{name}.html or remove the layout: line." : $"Did you mean \"{suggestion}\"?");

    public Text LocalFileMissing(string path) => T(
        $"Không tìm thấy tệp \"{path}\" cạnh bài viết.", $"The file \"{path}\" is not beside the article.",
        "Đặt tệp vào cùng thư mục với bài viết, hoặc sửa lại tên tệp.", "Put the file in the article's folder, or correct its name.");

    // Templates

    public Text TemplateSyntax(string reason) => T(
        $"Lỗi cú pháp khuôn mẫu: {reason}", $"Template syntax error: {reason}",
        "Kiểm tra cặp {{ }} và các khối if/for/end.", "Check the {{ }} pairs and the if/for/end blocks.");

    public Text TemplateRuntime(string reason, string page) => T(
        $"Lỗi khi dựng trang /{page}: {reason}", $"Error while rendering /{page}: {reason}",
        "Kiểm tra tên biến trong khuôn mẫu (xem docs/templates.md để biết các biến có sẵn).",
        "Check the variable names in the template (docs/templates.md lists what is available).");

    // Output

    public Text OutputFailed(string reason) => T(
        $"Không ghi được thư mục kết quả: {reason}", $"Could not write the output folder: {reason}",
        "Kiểm tra quyền ghi và dung lượng đĩa.", "Check write permissions and free disk space.");

    public Text BuildFailedSummary(int errors) => T(
        $"Dựng site thất bại: {errors} lỗi. Thư mục kết quả cũ được giữ nguyên.",
        $"Build failed: {errors} error(s). The previous output was left untouched.");
}
