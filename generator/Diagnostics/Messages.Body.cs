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

    // Slips in figure calls, said again from Scriban's English with the fix written out.

    private const string CallExampleVi = "Viết lệnh như {{ value \"doan-vien-moi\" unit: \"cao-bang\" }}: tên lệnh, mã trong ngoặc kép, rồi các tùy chọn dạng tên: giá trị.";
    private const string CallExampleEn = "Write a call as {{ value \"doan-vien-moi\" unit: \"cao-bang\" }}: the function, the id in quotes, then options as name: value.";

    public Text FigureUnknownFunction(string name, string? suggestion) => T(
        $"Không có lệnh số liệu \"{name}\".", $"There is no figure function \"{name}\".",
        suggestion is null ? "Các lệnh số liệu là value, percent, table, chart và progress." : $"Có phải ý bạn là \"{suggestion}\"?",
        suggestion is null ? "The figure functions are value, percent, table, chart and progress." : $"Did you mean \"{suggestion}\"?");

    public Text FigureBareWord(string word) => T(
        $"\"{word}\" phải đặt trong ngoặc kép: mã chỉ tiêu, đơn vị và kỳ là chữ, không phải tên lệnh.",
        $"\"{word}\" must be in quotes: indicator, unit and period ids are text, not names of functions.",
        $"Viết trong ngoặc kép thẳng, ví dụ {{{{ value \"{word}\" }}}}.", $"Put it in straight quotes, e.g. {{{{ value \"{word}\" }}}}.");

    public Text FigureMissingColon(string name, string value) => T(
        $"Thiếu dấu hai chấm sau \"{name}\".", $"Missing colon after \"{name}\".",
        $"Viết {name}: {value}", $"Write {name}: {value}");

    public Text FigureNeedsIndicator(string function) => T(
        $"Lệnh {function} cần mã chỉ tiêu.", $"{function} needs an indicator id.",
        $"Viết {{{{ {function} \"doan-vien-moi\" }}}}, với một mã chỉ tiêu trong data/indicators.yaml.",
        $"Write {{{{ {function} \"doan-vien-moi\" }}}}, with an indicator id from data/indicators.yaml.");

    public Text FigureTooManyValues(string function) => T(
        $"Lệnh {function} có nhiều giá trị hơn nó nhận.", $"{function} was given more values than it takes.",
        CallExampleVi, CallExampleEn);

    public Text FigureNeedsList() => T(
        "Lệnh table nhận một danh sách mã chỉ tiêu trong ngoặc vuông.", "table takes a list of indicator ids in square brackets.",
        "Viết {{ table [\"doan-vien-moi\", \"cdcs-moi\"] }}, hoặc {{ table }} cho mọi chỉ tiêu.",
        "Write {{ table [\"doan-vien-moi\", \"cdcs-moi\"] }}, or {{ table }} for every indicator.");

    public Text FigureNeedsNumber(string name, string example) => T(
        $"{name}: phải là một số, không đặt trong ngoặc kép.", $"{name}: must be a number, without quotes.",
        $"Viết {name}: {example}", $"Write {name}: {example}");

    public Text FigureUnclosed() => T(
        "Lệnh số liệu thiếu dấu đóng }}.", "A figure call is missing its closing }}.",
        "Đóng mỗi lệnh bằng hai dấu }}, ví dụ {{ value \"doan-vien-moi\" }}.", "Close each call with }}, e.g. {{ value \"doan-vien-moi\" }}.");

    public Text FigureBadCharacter(string token) => T(
        $"Ký tự \"{token}\" không dùng được ở đây trong lệnh số liệu.", $"\"{token}\" cannot be used here in a figure call.",
        CallExampleVi, CallExampleEn);
}
