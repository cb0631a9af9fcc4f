namespace Bantin.Diagnostics;

/// <summary>Messages for inputs the fuzz tests found crashing the build (issue #12).</summary>
public sealed partial class Messages
{
    public Text LocalFileBadName(string shown) => T(
        $"Tên tệp \"{shown}\" có ký tự không dùng được trong tên tệp.", $"The file name \"{shown}\" has a character no file name can have.",
        "Sửa lại tên tệp trong liên kết, bỏ %00 (ký tự rỗng); đặt tên tệp chỉ gồm chữ, số và dấu gạch ngang.",
        "Correct the file name in the link and remove %00 (the NUL character); name files with letters, digits and hyphens.");

    public Text YamlEmptyKey() => T(
        "Dòng này có dấu ':' nhưng thiếu khóa phía trước.", "This line has a ':' but no key before it.",
        "Viết tên trước dấu hai chấm, ví dụ: doan-vien-moi: 29; hoặc xóa dòng này.",
        "Write the name before the colon, e.g. doan-vien-moi: 29, or remove the line.");
}
