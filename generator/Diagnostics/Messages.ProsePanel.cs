namespace Bantin.Diagnostics;

/// <summary>The preview's panel of the prose checker's warnings for the article being viewed.</summary>
public sealed partial class Messages
{
    public Text ProsePanelTitle(int count) => T(
        $"Kiểm tra số liệu trong bài: {count} cảnh báo",
        $"Figures in this article: {count} {(count == 1 ? "warning" : "warnings")}");

    public Text ProsePanelHint() => T(
        "Chỉ hiện khi xem trước; bantin check cũng báo như vậy.",
        "Shown in the preview only; bantin check says the same.");
}
