using System.Globalization;
using System.Text;
using Bantin.Model.Data;

namespace Bantin.Import;

/// <summary>How imported values are written in results files (FORMATS.md): plain YAML numbers, flow mappings.</summary>
internal static class YamlNumbers
{
    public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary><c>72</c>, <c>{ value: 790, of: 812 }</c>, <c>{ total: 1738, by: { khoi-hcsn: 1697, … } }</c>.</summary>
    public static string Amount(Amount amount)
    {
        if (amount.Of is { } of) return $"{{ value: {Number(amount.Value)}, of: {Number(of)} }}";
        if (amount.By.Count == 0) return Number(amount.Value);
        var parts = string.Join(", ", amount.By.Select(p => $"{p.Key}: {Number(p.Value)}"));
        return $"{{ total: {Number(amount.Value)}, by: {{ {parts} }} }}";
    }

    public static string Quoted(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (char.IsControl(c)) sb.Append(' ');
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Whether two values say the same (breakdown parts in any order).</summary>
    public static bool Same(Amount a, Amount b) =>
        a.Value == b.Value && a.Of == b.Of && a.By.Count == b.By.Count
        && a.By.All(p => b.By.Any(q => q.Key == p.Key && q.Value == p.Value));
}
