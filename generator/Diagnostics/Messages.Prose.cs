namespace Bantin.Diagnostics;

// Findings of the prose checks in `check`: figures and claims typed in an article that disagree with the data.
public sealed partial class Messages
{
    public Text ProsePercent(string quote, string data, string call) => T(
        $"\"{quote}\" không khớp với dữ liệu: {data}.", $"\"{quote}\" does not match the data: {data}.",
        $"Sửa lại số, hoặc viết {call} để trang in đúng số từ dữ liệu.", $"Correct the number, or write {call} so the page prints it from the data.");

    public Text ProseTitlePeriod(string quote, string said, string period) => T(
        $"Tiêu đề ghi \"{quote}\" (kỳ {said}) nhưng period: của bài là {period}.",
        $"The title says \"{quote}\" (period {said}) but the article's period: is {period}.",
        $"Sửa tiêu đề hoặc sửa period: cho khớp; số liệu trên trang là của kỳ {period}.",
        $"Correct the title or period: so they agree; the page's figures are those of {period}.");

    public Text ProsePeriod(string quote, string said, string period, string title, string call) => T(
        $"\"{quote}\" là kỳ {said}, nhưng số liệu đi sau là của kỳ {period} (period: của bài{(title.Length > 0 ? $", như tiêu đề \"{title}\"" : "")}).",
        $"\"{quote}\" is the period {said}, but the figures that follow are those of {period} (the article's period:{(title.Length > 0 ? $", as in the title \"{title}\"" : "")}).",
        $"Sửa lời cho đúng kỳ {period} ({call} in số của kỳ này), hoặc đổi period: nếu bài nói về kỳ {said}.",
        $"Name the period {period} ({call} prints its figure), or change period: if the article is about {said}.");

    public Text ProseElsewhere(string quote, string indicator, string unit, string period, string articleUnit, string articlePeriod, string call) => T(
        $"Số {quote} là số liệu {indicator} của {unit}, kỳ {period} — không phải của bài ({articleUnit}, kỳ {articlePeriod}).",
        $"{quote} is the {indicator} figure of {unit} for {period}, not the article's ({articleUnit}, {articlePeriod}).",
        $"Nếu đúng là số đó, ghi rõ đơn vị và kỳ và viết {call}; nếu không, kiểm tra lại số.",
        $"If that figure is meant, name its unit and period and write {call}; otherwise check the number.");

    public Text ProseSum(string quote, string worked) => T(
        $"Phép tính \"{quote}\" không đúng: {worked}.", $"The sum \"{quote}\" does not add up: {worked}.",
        "Sửa lại các số; số lấy từ dữ liệu thì viết bằng {{ value … }}.", "Correct the numbers; take figures from the data with {{ value … }}.");

    public Text ProseParts(string quote, string sum, string before, string others, string call) => T(
        $"Các số trong ngoặc \"{quote}\" cộng lại {sum}, không khớp với số đứng trước ({before}){(others.Length > 0 ? "; trong đoạn: " + others : "")}.",
        $"The numbers in \"{quote}\" add up to {sum}, which matches none of the figures before them ({before}){(others.Length > 0 ? "; in the paragraph: " + others : "")}.",
        $"Sửa các số cho khớp với dữ liệu ({call}).", $"Make the parts agree with the data ({call}).");

    public Text ProseChange(string quote, string data, string call) => T(
        $"\"{quote}\" không khớp với dữ liệu: {data}.", $"\"{quote}\" does not match the data: {data}.",
        $"Sửa lại số; {call} in số liệu của kỳ này.", $"Correct the number; {call} prints this period's figure.");
}
