namespace Bantin.Model.Data;

/// <summary>
/// The measures that are not counts of things. A list rather than a flag in indicators.yaml because the
/// contract has no such flag and the measure an editor writes already says it: "triệu đồng" is money,
/// "người" is people.
/// </summary>
internal static class MeasureWords
{
    // Money is anything ending in "đồng" (đồng, nghìn đồng, triệu đồng, tỷ đồng) plus these.
    private static readonly HashSet<string> Quantities = new(StringComparer.OrdinalIgnoreCase)
    {
        "%", "phần trăm", "vnd", "vnđ", "usd",
        "tấn", "tạ", "yến", "kg", "g", "gam", "lít", "l",
        "km", "m", "mét", "m2", "m²", "m3", "m³", "ha", "héc-ta", "km2", "km²",
        "giờ", "ngày",
    };

    /// <summary>Whether a measure is a quantity (percent, money, mass, length, area, volume, time) rather than a count.</summary>
    public static bool IsQuantity(string? measure)
    {
        var m = (measure ?? "").Trim();
        return Quantities.Contains(m) || m.EndsWith("đồng", StringComparison.OrdinalIgnoreCase);
    }
}
