namespace Bantin.Diagnostics;

// Messages for site.yaml settings a published site cannot do without.
public sealed partial class Messages
{
    public Text BaseUrlMissing() => T(
        "site.yaml thiếu base_url: địa chỉ nơi site được đăng, dùng cho nguồn tin (feed) và liên kết chính thức.",
        "site.yaml has no base_url: the address the site is published at, used by the feed and the canonical links.",
        "Thêm dòng: base_url: https://…/ (ví dụ: base_url: https://congdoan.example.vn/), hoặc dựng với --base-url https://…/",
        "Add a line: base_url: https://…/ (e.g. base_url: https://union.example.org/), or build with --base-url https://…/");
}
