namespace Bantin.Diagnostics;

public sealed partial class Messages
{
    public Text BrokenLink(string url, string? suggestion) => T(
        $"Liên kết hỏng: \"{url}\" không dẫn tới trang hay tệp nào của site.", $"Broken link: \"{url}\" leads to no page or file of the site.",
        suggestion is null ? "Sửa lại địa chỉ; liên kết trong site viết dạng /2019/04/ten-bai/ (có dấu / ở cuối)." : $"Có phải ý bạn là \"{suggestion}\"?",
        suggestion is null ? "Correct the address; site links look like /2019/04/slug/ (with the trailing /)." : $"Did you mean \"{suggestion}\"?");

    public Text BrokenAnchor(string url, string anchor) => T(
        $"Liên kết \"{url}\": trang có nhưng không có mục #{anchor}.", $"Link \"{url}\": the page exists but has no #{anchor}.",
        "Kiểm tra tên mục (tiêu đề ## Đoàn viên có mã #doan-vien).", "Check the anchor (a heading ## Đoàn viên has the id #doan-vien).");

    public Text BrokenTemplateLink(string url, string page) => T(
        $"Liên kết hỏng \"{url}\" trong khuôn mẫu (trên trang /{page}).", $"Broken link \"{url}\" from a template (on page /{page}).",
        "Dùng site.base_path hoặc các url có sẵn trong biến của trang.", "Build links from site.base_path or the urls the page variables give.");

    public Text LinkOutsideBasePath(string url, string basePath) => T(
        $"Liên kết \"{url}\" nằm ngoài đường dẫn gốc {basePath} của site nên sẽ hỏng khi đăng lên máy chủ.",
        $"The link \"{url}\" is outside the site's base path {basePath}, so it breaks on the real host.",
        $"Viết {basePath}… hoặc dùng đường dẫn tương đối.", $"Write {basePath}… or a relative link.");

    public Text ImageWithoutAlt(string url) => T(
        $"Ảnh \"{url}\" không có mô tả (alt).", $"The image \"{url}\" has no alt text.",
        "Viết mô tả ngắn trong ngoặc vuông: ![Lớp tập huấn tại Bảo Lạc](anh.jpg) — người dùng trình đọc màn hình cần nó.",
        "Describe it in the brackets: ![Training in Bảo Lạc](photo.jpg) — screen-reader users need it.");

    public Text NoResultsForArticle(string unit, string period) => T(
        $"Bài viết báo cáo {unit}, kỳ {period}, nhưng data/ chưa có kết quả nào cho đơn vị và kỳ này.",
        $"The article reports on {unit} for {period}, but data/ has no results for that unit and period.",
        $"Thêm tệp data/results/{unit}/{period}.yaml (lệnh: new article … --unit {unit} --period {period} tạo sẵn tệp rỗng).",
        $"Add data/results/{unit}/{period}.yaml (new article … --unit {unit} --period {period} writes an empty one).");

    public Text TypedFigure(string number, string indicator, string call) => T(
        $"Số {number} được gõ tay nhưng dữ liệu đã có ({indicator}).", $"{number} is typed by hand, but the data holds it ({indicator}).",
        $"Viết {call} để số trên trang luôn khớp với dữ liệu.", $"Write {call} so the page always matches the data.");

    public Text CheckSummary(int errors, int warnings) => T(
        $"Kiểm tra xong: {errors} lỗi, {warnings} cảnh báo.", $"Check finished: {errors} error(s), {warnings} warning(s).");
}
