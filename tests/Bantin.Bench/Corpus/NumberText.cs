using System.Globalization;
using System.Text;

namespace Bantin.Bench.Corpus;

/// <summary>Numbers as YAML data holds them (invariant) and as Vietnamese prose prints them (1.234,5).</summary>
public static class NumberText
{
    public static string Yaml(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Yaml(Figure figure) =>
        figure.Of is { } of ? $"{{ value: {Yaml(figure.Value)}, of: {Yaml(of)} }}" : Yaml(figure.Value);

    /// <summary>Vietnamese: '.' groups thousands, ',' before at most two decimals, trailing zeros dropped.</summary>
    public static string Vi(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        var text = rounded.ToString("0.##", CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        if (negative) text = text[1..];
        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0) sb.Append('.');
            sb.Append(whole[i]);
        }
        if (dot >= 0) sb.Append(',').Append(text, dot + 1, text.Length - dot - 1);
        return sb.ToString();
    }

    /// <summary>What <c>{{ value }}</c> prints: a ratio as value/of.</summary>
    public static string ViValue(Figure figure) => figure.Of is { } of ? $"{Vi(figure.Value)}/{Vi(of)}" : Vi(figure.Value);

    /// <summary>What <c>{{ percent }}</c> prints for a ratio: 790/812 → 97,29%.</summary>
    public static string ViPercent(Figure figure) =>
        figure.Of is { } of && of != 0 ? Vi(figure.Value * 100 / of) + "%" : throw new InvalidOperationException("percent needs a ratio with a non-zero total");
}
