namespace Bantin.Diagnostics;

/// <summary>Messages about article and page bodies: Markdown the renderer cannot take, characters that cannot be published.</summary>
public sealed partial class Messages
{
    public Text MarkdownTooDeep(int limit) => T(
        $"Markdown lồng nhau quá sâu (quá {limit} tầng): trích dẫn '>', danh sách, dấu '*', '_' hoặc '[' lồng vào nhau.",
        $"Markdown nested too deep (more than {limit} levels): '>' quotes, lists, '*', '_' or '[' inside each other.",
        "Bớt số tầng lồng nhau ở dòng này; nếu muốn in nguyên các ký tự * _ [ > thì đặt \\ trước mỗi ký tự (\\* \\[ \\>).",
        "Use fewer levels on this line; to print the characters * _ [ > as they are, put \\ before each (\\* \\[ \\>).");
}
