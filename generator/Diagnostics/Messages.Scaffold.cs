namespace Bantin.Diagnostics;

/// <summary>What <c>bantin new site</c> says.</summary>
public sealed partial class Messages
{
    public Text NewSiteNotEmpty(string folder, IReadOnlyList<string> some) => T(
        $"Thư mục {folder} đã có tệp ({string.Join(", ", some)}); không ghi gì.",
        $"The folder {folder} is not empty ({string.Join(", ", some)}); nothing was written.",
        "Chọn một thư mục mới hoặc trống, ví dụ: bantin new site trang-moi",
        "Choose a new or empty folder, e.g. bantin new site my-site");

    public Text NewSiteIsAFile(string folder) => T(
        $"{folder} là một tệp, không phải thư mục; không ghi gì.",
        $"{folder} is a file, not a folder; nothing was written.",
        "Chọn một tên thư mục chưa có.", "Choose a folder name that does not exist yet.");

    public Text NewSiteBadLanguage(string text) => T(
        $"--language \"{text}\": chỉ có vi (tiếng Việt) hoặc en (tiếng Anh).",
        $"--language \"{text}\": only vi (Vietnamese) or en (English).",
        "Ví dụ: --language vi", "For example: --language en");

    public Text NewSiteBadBaseUrl(string text) => T(
        $"--base-url \"{text}\" không phải địa chỉ http(s) đầy đủ.", $"--base-url \"{text}\" is not a full http(s) address.",
        "Ví dụ: --base-url https://ldld.example.vn/bantin/", "For example: --base-url https://example.org/news/");

    public Text NewSiteBadTitle() => T(
        "--title cần tên đơn vị, không để trống và không có ký tự điều khiển.",
        "--title needs the organisation's name, not empty and without control characters.",
        "Ví dụ: --title \"Liên đoàn Lao động tỉnh Cao Bằng\"", "For example: --title \"Cao Bang Provincial Federation of Labour\"");

    public Text NewSiteWriteFailed(string path, string reason) => T(
        $"Không ghi được {path}: {reason}. Đã xóa những tệp vừa tạo.",
        $"Could not write {path}: {reason}. The files just created were removed.",
        "Kiểm tra quyền ghi và chỗ trống trên đĩa, rồi chạy lại lệnh.",
        "Check write permission and free disk space, then run the command again.");

    /// <summary>The first steps after <c>new site</c>: the "what" names the folder, the "fix" lists the commands.</summary>
    public Text NewSiteCreated(string folder, int files, string article) => T(
        $"Đã tạo site mới trong {folder} ({files} tệp).",
        $"Created a new site in {folder} ({files} files).",
        $"""
        Tiếp theo:
          cd {folder}
          bantin serve     xem trang trong trình duyệt; trang tự tải lại mỗi khi lưu tệp
          bantin check     kiểm tra trước khi đăng
          bantin build     dựng trang vào thư mục public/
        Đổi tên các đơn vị mẫu trong data/units.yaml, sửa bài mẫu {article},
        và đọc các dòng ghi chú (bắt đầu bằng #) trong site.yaml và data/.
        """,
        $"""
        Next:
          cd {folder}
          bantin serve     preview in a browser; the page reloads whenever a file is saved
          bantin check     check before publishing
          bantin build     build the site into public/
        Rename the sample units in data/units.yaml, edit the sample article {article},
        and read the comments (lines starting with #) in site.yaml and data/.
        """);
}
