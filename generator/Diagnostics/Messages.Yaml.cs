using Bantin.Formatting;

namespace Bantin.Diagnostics;

// Messages for YAML itself, wherever it is written: front matter, data files, site.yaml.
public sealed partial class Messages
{
    /// <param name="firstPlace">For a key written twice: where it was written first.</param>
    public Text Yaml(YamlFault fault, string firstPlace) => fault.Kind switch
    {
        YamlFaultKind.TooLarge => T(
            $"Phần YAML dài hơn {YamlLimits.MaxChars / (1024 * 1024)} MB, quá giới hạn.",
            $"The YAML text is longer than {YamlLimits.MaxChars / (1024 * 1024)} MB, over the limit.",
            "Chia số liệu thành nhiều tệp nhỏ hơn (mỗi đơn vị, mỗi kỳ một tệp).",
            "Split the data into smaller files (one unit and one period per file)."),
        YamlFaultKind.TooDeep => T(
            $"Các khối lồng nhau quá {YamlLimits.MaxDepth} mức.", $"Blocks are nested more than {YamlLimits.MaxDepth} levels deep.",
            "Kiểm tra các dấu [ { và thụt lề; số liệu không cần lồng sâu như vậy.",
            "Check the [ { brackets and the indentation; no data needs to nest this deep."),
        YamlFaultKind.SelfAlias => T(
            $"Bí danh '*{fault.Detail}' nằm bên trong chính nó (khối '&{fault.Detail}').",
            $"The alias '*{fault.Detail}' is inside the very block its anchor '&{fault.Detail}' names.",
            $"Xóa '*{fault.Detail}'; nếu đó là văn bản, đặt trong ngoặc kép: \"*{fault.Detail}\"",
            $"Remove '*{fault.Detail}'; if it is text, put it in quotes: \"*{fault.Detail}\""),
        YamlFaultKind.UnknownAlias => T(
            $"'*{fault.Detail}' được đọc là một bí danh YAML, nhưng không có neo '&{fault.Detail}'.",
            $"'*{fault.Detail}' reads as a YAML alias, but there is no anchor '&{fault.Detail}'.",
            $"Nếu đây là văn bản, đặt trong ngoặc kép: \"*{fault.Detail}\"", $"If this is text, put it in quotes: \"*{fault.Detail}\""),
        YamlFaultKind.TooManyAliases => T(
            $"Các bí danh (như '*{fault.Detail}') nhân lên quá {NumberFormatter.Format(YamlLimits.MaxAliasNodes, Language)} giá trị.",
            $"The aliases (such as '*{fault.Detail}') multiply into more than {NumberFormatter.Format(YamlLimits.MaxAliasNodes, Language)} values.",
            "Viết thẳng các giá trị thay vì lồng bí danh vào nhau.", "Write the values out instead of nesting aliases."),
        YamlFaultKind.DuplicateKey => DuplicateKey(fault.Detail, firstPlace),
        YamlFaultKind.Tab => T(
            "Dòng này thụt lề bằng phím Tab; YAML chỉ nhận dấu cách.", "This line is indented with a Tab; YAML accepts only spaces.",
            "Thay phím Tab ở đầu dòng bằng dấu cách.", "Replace the Tab at the start of the line with spaces."),
        YamlFaultKind.UnclosedQuote => T(
            "Dấu ngoặc kép mở ở đây không được đóng.", "The quote opened here is never closed.",
            "Có phải bạn quên đóng dấu ngoặc kép?", "Did you forget to close the quote?"),
        YamlFaultKind.UnclosedBracket => fault.Detail == "["
            ? T("Dấu '[' ở đây không được đóng.", "The '[' here is never closed.",
                "Thêm ']' sau mục cuối cùng của danh sách.", "Add ']' after the last item of the list.")
            : T("Dấu '{' ở đây không được đóng.", "The '{' here is never closed.",
                "Thêm '}' sau cặp 'khóa: giá trị' cuối cùng.", "Add '}' after the last 'key: value' pair."),
        YamlFaultKind.ColonInValue => T(
            "Dấu ':' giữa giá trị làm YAML hiểu nhầm thành một khóa mới.", "A ':' inside the value makes YAML read a new key.",
            $"Đặt cả giá trị trong ngoặc kép: {fault.Detail}: \"{fault.Extra}\"", $"Put the whole value in quotes: {fault.Detail}: \"{fault.Extra}\""),
        YamlFaultKind.OverIndentedKey => T(
            "Dòng này thụt lề sâu hơn các khóa ở trên.", "This line is indented deeper than the keys above it.",
            $"Bỏ dấu cách ở đầu dòng để '{fault.Detail}' thẳng cột với các khóa cùng cấp.",
            $"Remove the spaces at the start of the line so that '{fault.Detail}' lines up with the keys at its level."),
        YamlFaultKind.BadIndentation => T(
            "Thụt lề của dòng này không khớp với các dòng trên.", "This line's indentation does not match the lines above.",
            "Các khóa cùng cấp phải bắt đầu ở cùng một cột, các mục '- ' của một danh sách cũng vậy; dùng dấu cách, không dùng Tab.",
            "Keys at one level must start in the same column, and so must the '- ' items of one list; use spaces, not Tabs."),
        YamlFaultKind.ReservedStart => T(
            $"Một giá trị YAML không thể bắt đầu bằng '{fault.Detail}'.", $"A YAML value cannot start with '{fault.Detail}'.",
            $"Đặt cả giá trị trong ngoặc kép: {fault.Extra}", $"Put the whole value in quotes: {fault.Extra}"),
        YamlFaultKind.EmptyKey => YamlEmptyKey(),
        YamlFaultKind.SecondDocument => T(
            "Dòng '---' ở trên bắt đầu một khối YAML thứ hai; phần từ đây trở đi sẽ bị bỏ qua.",
            "The '---' line above starts a second YAML document; everything from here would be ignored.",
            "Xóa dòng '---': mỗi tệp chỉ chứa một khối.", "Remove the '---' line: each file holds one document."),
        YamlFaultKind.Unreadable => T(
            "YAML không đọc được từ chỗ này.", "The YAML cannot be read from here on.",
            "Kiểm tra thụt lề, dấu ':' và dấu '-' ở dòng này và dòng trên; một giá trị có ':' hoặc '#' cần đặt trong ngoặc kép.",
            "Check the indentation, the ':' and '-' on this line and the one above; a value containing ':' or '#' needs quotes."),
        _ => YamlSyntax(fault.Detail),
    };
}
