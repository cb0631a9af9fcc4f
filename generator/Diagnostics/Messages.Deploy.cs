namespace Bantin.Diagnostics;

// Messages for site.yaml's deploy: list.
public sealed partial class Messages
{
    public Text DeployNotList() => T(
        "'deploy' phải là một danh sách nơi đăng site.", "'deploy' must be a list of places to publish to.",
        "Viết:\ndeploy:\n  - name: usb\n    folder: /media/usb/congdoan", "Write:\ndeploy:\n  - name: usb\n    folder: /media/usb/site");

    public Text DeployNameMissing() => T(
        "Nơi đăng này thiếu 'name'.", "This deploy target has no 'name'.",
        "Thêm dòng name: ten-ngan (dùng trong lệnh bantin deploy ten-ngan).", "Add a line name: short-name (used as bantin deploy short-name).");

    public Text DeployNameTwice(string name) => T(
        $"Hai nơi đăng cùng tên '{name}'.", $"Two deploy targets are named '{name}'.",
        "Đặt cho mỗi nơi đăng một tên riêng.", "Give each target its own name.");

    public Text DeployKind(string name) => T(
        $"Nơi đăng '{name}' cần đúng một trong: folder, sftp, git.", $"Deploy target '{name}' needs exactly one of: folder, sftp, git.",
        "Ví dụ: folder: /media/usb/congdoan", "For example: folder: /media/usb/site");

    public Text DeployKeyMissing(string name, string key) => T(
        $"Nơi đăng '{name}' thiếu '{key}'.", $"Deploy target '{name}' has no '{key}'.",
        $"Thêm dòng {key}: … vào nơi đăng này.", $"Add a line {key}: … to this target.");

    public Text DeploySecret(string key) => T(
        $"Không ghi '{key}' trong site.yaml: tệp này thường được chia sẻ và đưa lên kho mã.",
        $"Do not put '{key}' in site.yaml: it is often shared and committed.",
        "Xóa dòng này; dùng khóa SSH, và đặt mật khẩu của khóa (nếu có) trong biến môi trường BANTIN_SSH_PASSPHRASE.",
        "Remove this line; use an SSH key, and put its passphrase (if any) in the BANTIN_SSH_PASSPHRASE environment variable.");

    public Text DeployBadPort(string text) => T(
        $"Cổng '{text}' không hợp lệ.", $"Port '{text}' is not valid.",
        "Dùng một số từ 1 đến 65535, thường là 22.", "Use a number from 1 to 65535, usually 22.");

    public Text DeployBadReleases(string text) => T(
        $"Số bản phát hành releases: \"{text}\" không hợp lệ.", $"The number of releases: \"{text}\" is not valid.",
        "Dùng một số từ 1 đến 100, thường là 3 (bản đang chạy và hai bản trước để quay lại).", "Use a number from 1 to 100, usually 3 (the live one and two to go back to).");

    public Text DeployCurrentNotLink(string path) => T(
        $"{path} trên máy chủ là thư mục thật, không phải liên kết", $"{path} on the server is a real folder, not a link",
        "Chuyển nó đi (hoặc đổi path:), rồi trỏ máy chủ web vào …/current.", "Move it away (or change path:), then point the web server at …/current.");
}
