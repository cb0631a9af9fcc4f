namespace Bantin.Diagnostics;

/// <summary>Breakdown parts: their names in data/indicators.yaml and the keys results use.</summary>
public sealed partial class Messages
{
    public Text PartsWithoutBreakdown(string id) => T(
        $"Chỉ tiêu '{id}' có 'parts' nhưng không có 'breakdown'.",
        $"The indicator '{id}' has 'parts' but no 'breakdown'.",
        "Thêm dòng breakdown: ten-cach-chia (ví dụ breakdown: khoi) phía trên 'parts', hoặc bỏ 'parts'.",
        "Add a line breakdown: some-name (e.g. breakdown: khoi) above 'parts', or remove 'parts'.");

    public Text PartWithoutName(string key) => T(
        $"Phần '{key}' chưa có tên.", $"The part '{key}' has no name.",
        $"Viết tên mà trang sẽ in, ví dụ: {key}: Khối hành chính sự nghiệp",
        $"Write the name pages will print, e.g. {key}: Administrative sector");

    public Text UndeclaredPart(string key, string indicator, string? suggestion, string declared) => T(
        $"Phần '{key}' không có trong 'parts' của chỉ tiêu '{indicator}' (data/indicators.yaml); các phần đã khai báo: {declared}.",
        $"The part '{key}' is not among the 'parts' of the indicator '{indicator}' (data/indicators.yaml); declared parts: {declared}.",
        suggestion is null
            ? $"Dùng một phần đã khai báo, hoặc thêm '{key}: <tên>' vào 'parts' của '{indicator}' trong data/indicators.yaml."
            : $"Có phải ý bạn là '{suggestion}'? Nếu là phần mới, thêm '{key}: <tên>' vào 'parts' của '{indicator}' trong data/indicators.yaml.",
        suggestion is null
            ? $"Use a declared part, or add '{key}: <name>' to the 'parts' of '{indicator}' in data/indicators.yaml."
            : $"Did you mean '{suggestion}'? If it is a new part, add '{key}: <name>' to the 'parts' of '{indicator}' in data/indicators.yaml.");

    public Text UnnamedParts(string indicator, IReadOnlyList<string> keys) => T(
        $"Chỉ tiêu '{indicator}' được chia nhỏ nhưng các phần chưa có tên, nên trang in mã: {string.Join(", ", keys)}.",
        $"The indicator '{indicator}' is broken down but its parts have no names, so pages print the keys: {string.Join(", ", keys)}.",
        $"Thêm vào chỉ tiêu này trong data/indicators.yaml: parts: {{ {string.Join(", ", keys.Select(k => k + ": <tên>"))} }}",
        $"Add to this indicator in data/indicators.yaml: parts: {{ {string.Join(", ", keys.Select(k => k + ": <name>"))} }}");
}
