namespace Bantin.Diagnostics;

// Messages for what editors on Windows and macOS meet: names that differ only by case.
public sealed partial class Messages
{
    public Text FilesDifferOnlyByCase(string url, string other, string otherPlace) => T(
        $"Tệp /{url} chỉ khác /{other} ({otherPlace}) ở chữ hoa/thường; trên Windows và macOS hai tệp này là một, tệp sau ghi đè tệp trước.",
        $"The file /{url} differs from /{other} ({otherPlace}) only by case; on Windows and macOS they are one file, and one overwrites the other.",
        "Đổi tên một trong hai tệp (nên dùng chữ thường) và sửa chỗ dẫn tới nó.", "Rename one of the two files (lower case is safest) and the places that refer to it.");
}
