namespace Bantin.Diagnostics;

/// <summary>Messages about article and page bodies: Markdown the renderer cannot take, characters that cannot be published.</summary>
public sealed partial class Messages
{
    public Text MarkdownTooDeep(int limit) => T(
        $"Markdown lồng nhau quá sâu (quá {limit} tầng): trích dẫn '>', danh sách, dấu '*', '_' hoặc '[' lồng vào nhau.",
        $"Markdown nested too deep (more than {limit} levels): '>' quotes, lists, '*', '_' or '[' inside each other.",
        "Bớt số tầng lồng nhau ở dòng này; nếu muốn in nguyên các ký tự * _ [ > thì đặt \\ trước mỗi ký tự (\\* \\[ \\>).",
        "Use fewer levels on this line; to print the characters * _ [ > as they are, put \\ before each (\\* \\[ \\>).");

    public Text ControlCharacter(char c, int column)
    {
        var code = $"U+{(int)c:X4}";
        return T(
            $"Ký tự điều khiển {code} ở cột {column}: ký tự này không nhìn thấy được (thường do dán từ Word) và không thể đưa lên trang hay nguồn tin RSS.",
            $"Control character {code} at column {column}: it is invisible (often pasted from Word) and cannot go into a page or the RSS feed.",
            $"Đặt con trỏ ở cột {column} rồi xóa nó (hoặc gõ lại dòng này).",
            $"Put the cursor at column {column} and delete it (or type the line again).");
    }
}
