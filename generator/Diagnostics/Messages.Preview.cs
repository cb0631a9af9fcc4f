namespace Bantin.Diagnostics;

/// <summary>What <c>bantin serve</c> says, in the console and in the browser, in the site language.</summary>
public sealed partial class Messages
{
    // Console

    public Text PreviewServing(string url, bool drafts) => T(
        $"Xem trước tại {url}{(drafts ? " (có cả bản nháp)" : "")}. Nhấn Ctrl+C để dừng.",
        $"Preview at {url}{(drafts ? " (drafts included)" : "")}. Press Ctrl+C to stop.");

    public Text PreviewBuilt(int pages, long milliseconds) => T(
        $"Đã dựng {pages} trang trong {milliseconds} ms.",
        $"Built {pages} pages in {milliseconds} ms.");

    public Text PreviewRebuilt(string changes, int pages, int files, long milliseconds) => T(
        $"{changes} thay đổi → đã dựng lại {pages} trang, ghi {files} tệp, trong {milliseconds} ms.",
        $"{changes} changed → rebuilt {pages} pages, wrote {files} files, in {milliseconds} ms.");

    public Text PreviewRebuildFailed(string changes, int errors, long milliseconds) => T(
        $"{changes} thay đổi → dựng lại thất bại ({errors} lỗi, {milliseconds} ms); vẫn hiển thị bản dựng tốt gần nhất.",
        $"{changes} changed → rebuild failed ({errors} error(s), {milliseconds} ms); still serving the last good build.");

    public Text PreviewFirstBuildFailed(int errors, long milliseconds) => T(
        $"Chưa dựng được site ({errors} lỗi, {milliseconds} ms). Sửa lỗi rồi lưu tệp: site sẽ tự dựng lại.",
        $"The site could not be built ({errors} error(s), {milliseconds} ms). Fix the errors and save: it rebuilds by itself.");

    public Text PreviewMoreFiles(int count) => T($"và {count} tệp khác", $"and {count} more");

    public Text PreviewStopped() => T("Đã dừng bản xem trước.", "Preview stopped.");

    public Text PreviewPortBusy(int port) => T(
        $"Cổng {port} đang bận, dùng một cổng trống khác.",
        $"Port {port} is busy; using another free port.");

    public Text PreviewCannotListen(string address, string reason) => T(
        $"Không mở được {address}: {reason}",
        $"Cannot listen on {address}: {reason}",
        "Chọn cổng khác bằng --port (0 = một cổng trống bất kỳ), hoặc địa chỉ khác bằng --bind.",
        "Pick another port with --port (0 = any free port), or another address with --bind.");

    public Text PreviewBadBind(string text) => T(
        $"--bind \"{text}\" không phải địa chỉ IP.",
        $"--bind \"{text}\" is not an IP address.",
        "Ví dụ: --bind 127.0.0.1 (chỉ máy này) hoặc --bind 0.0.0.0 (cả mạng nội bộ).",
        "For example: --bind 127.0.0.1 (this machine only) or --bind 0.0.0.0 (the local network too).");

    public Text PreviewBadPort(int port) => T(
        $"--port {port} phải từ 0 đến 65535.",
        $"--port {port} must be from 0 to 65535.",
        "Ví dụ: --port 8080, hoặc --port 0 để lấy một cổng trống.",
        "For example: --port 8080, or --port 0 for any free port.");

    public Text PreviewDraftsConflict() => T(
        "Không dùng --drafts và --no-drafts cùng lúc.",
        "Use either --drafts or --no-drafts, not both.");

    public Text PreviewSiteFolderMissing(string folder) => T(
        $"Không có thư mục {folder}.",
        $"There is no folder {folder}.",
        "Chạy lệnh trong thư mục của site, hoặc chỉ ra thư mục bằng --site DIR.",
        "Run the command in the site folder, or point at it with --site DIR.");

    public Text PreviewCannotWatch(string reason) => T(
        $"Không theo dõi được các tệp của site: {reason} Bản xem trước sẽ không tự dựng lại.",
        $"Cannot watch the site's files: {reason} The preview will not rebuild by itself.",
        "Tăng giới hạn của hệ thống (fs.inotify.max_user_instances, fs.inotify.max_user_watches) rồi chạy lại.",
        "Raise the system limits (fs.inotify.max_user_instances, fs.inotify.max_user_watches) and start again.");

    public Text PreviewBuildCrashed(string reason) => T(
        $"Bản dựng dừng bất thường: {reason}",
        $"The build stopped unexpectedly: {reason}",
        "Lưu lại tệp để thử dựng lại; nếu lỗi lặp lại, hãy báo cho người bảo trì Bantin.",
        "Save a file to try again; if it keeps happening, tell the Bantin maintainers.");

    // Browser

    public Text PreviewBuilding() => T("Đang dựng site…", "Building the site…");

    public Text OverlayTitle(bool servingLastGood) => servingLastGood
        ? T("Bản dựng mới có lỗi: trang đang hiển thị bản dựng tốt gần nhất.",
            "The new build has errors: this page shows the last good build.")
        : T("Chưa dựng được site.", "The site could not be built.");

    public Text OverlayHint() => T(
        "Sửa tệp rồi lưu lại: trang sẽ tự tải lại.",
        "Fix the file and save it: this page reloads by itself.");

    public Text OverlayClose() => T("Đóng", "Close");

    public Text SeverityName(Severity severity) => severity == Severity.Error ? T("lỗi", "error") : T("cảnh báo", "warning");
}
