using System.Globalization;
using Bantin.Formatting;

namespace Bantin.Diagnostics;

// Messages for an editor's slips in data/ that would otherwise give wrong output or a misleading message:
// numbers that read two ways or come in a report's form (12%, 35/40), a file copied to another unit's folder,
// trees deeper than any real one, dates outside any plausible year.
public sealed partial class Messages
{
    /// <summary>A plain <c>1.250</c>: YAML's 1,25 or the Vietnamese 1250? Both are plausible for money or a rate.</summary>
    public Text PointBeforeThreeDigits(string text)
    {
        var thousands = text.Replace(".", "");
        var decimals = NumberFormatter.Format(decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture), Language, 3);
        return T(
            $"{text} đọc được hai cách: {thousands} (dấu chấm nhóm hàng nghìn) hay {decimals} (dấu chấm thập phân)?",
            $"{text} reads two ways: {thousands} (the point groups thousands) or {decimals} (a decimal point)?",
            $"Viết {thousands} hoặc {decimals}; hoặc viết \"{text}\" trong ngoặc kép nếu là {thousands}.",
            $"Write {thousands} or {decimals}; or write \"{text}\" in quotes if you mean {thousands}.");
    }

    public Text FractionOnNonRatio(string text, string id) => T(
        $"\"{text}\" là một phân số, nhưng '{id}' không phải chỉ tiêu dạng tỷ lệ (ratio).",
        $"\"{text}\" is a fraction, but '{id}' is not a ratio indicator.",
        $"Ghi một số, ví dụ: {id}: {FirstPart(text)}", $"Write one number, e.g. {id}: {FirstPart(text)}");

    public Text PercentOnNonRate(string text, string id, string measure) => T(
        $"\"{text}\" là một tỷ lệ phần trăm, nhưng '{id}' đếm số {measure}.",
        $"\"{text}\" is a percentage, but '{id}' counts {measure}.",
        $"Ghi số {measure}, ví dụ: {id}: 72", $"Write the number of {measure}, e.g. {id}: 72");

    public Text PercentOnRatio(string text, string id) => T(
        $"\"{text}\" là một tỷ lệ phần trăm, nhưng '{id}' là tỷ lệ tính từ hai số đếm.",
        $"\"{text}\" is a percentage, but '{id}' is a ratio computed from two counts.",
        $"Ghi cả hai số, ví dụ: {id}: 790/812 (tỷ lệ được tự tính).", $"Write both counts, e.g. {id}: 790/812 (the rate is computed).");

    private static string FirstPart(string fraction) => fraction.Split('/')[0].Trim() is { Length: > 0 } first ? first : "72";

    public Text FolderUnitMismatch(string folder, string unit, string kindFolder) => T(
        $"Tệp này nằm trong thư mục của đơn vị '{folder}' nhưng ghi unit: {unit}.",
        $"This file is in the folder of unit '{folder}' but says unit: {unit}.",
        $"Nếu số liệu là của '{folder}', sửa thành unit: {folder}; nếu là của '{unit}', chuyển tệp vào {kindFolder}/{unit}/.",
        $"If the figures are for '{folder}', write unit: {folder}; if they are for '{unit}', move the file to {kindFolder}/{unit}/.");

    public Text UnitTreeTooDeep(string id, int max, string chain) => T(
        $"Cây đơn vị sâu quá {max} cấp: {id} nằm ở cấp {max + 1} ({chain}).",
        $"The unit tree is more than {max} levels deep: {id} is on level {max + 1} ({chain}).",
        "Gắn đơn vị này vào một cấp trên gần gốc hơn; cây đơn vị thật không sâu đến vậy.",
        "Attach this unit to a parent nearer the root; no real tree of units is this deep.");

    public Text DateOutOfRange(string text, int first, int last) => T(
        $"Ngày đăng \"{text}\" nằm ngoài các năm {first}–{last}.", $"The date \"{text}\" is outside the years {first}–{last}.",
        "Kiểm tra lại năm, ví dụ: date: 2019-04-27", "Check the year, e.g. date: 2019-04-27");
}
