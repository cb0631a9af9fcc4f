using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model.Data;
using Bantin.Sources.Yaml;

namespace Bantin.Sources.Data;

/// <summary>
/// Reads the numbers of results and targets and checks them against what the indicator measures.
/// Returns null after reporting, so one bad number drops only its own value.
/// </summary>
internal sealed class AmountReader(DiagnosticBag bag)
{
    private static readonly string[] Known = ["value", "total", "of", "by"];

    /// <summary>A results value: <c>72</c>, <c>{ value: 790, of: 812 }</c> or <c>{ total: 1738, by: { … } }</c>.</summary>
    public Amount? Amount(Indicator indicator, YamlMap values, string key, SourceSpan keySpan)
    {
        var node = values.Node(key);
        if (node is YamlMapping) return FromMapping(indicator, values.Map(key, bag)!, key);
        if (node is YamlList)
        {
            bag.Error(values.SpanOf(node), bag.Messages.ExpectedNumber(key));
            return null;
        }
        if (indicator.Kind == IndicatorKind.Ratio && values.Scalar(key, bag) is { } fraction && Fraction(fraction) is var (top, bottom))
            return FromFraction(indicator, top, bottom);
        if (Number(indicator, values, key, keySpan) is not { } value) return null;
        if (indicator.Kind == IndicatorKind.Ratio)
        {
            bag.Error(values.SpanOf(node!), bag.Messages.RatioWithoutOf(key));
            return null;
        }
        return new Amount(value, null, []);
    }

    /// <summary>A target: a single number.</summary>
    public decimal? Target(Indicator indicator, YamlMap targets, string key, SourceSpan keySpan)
    {
        if (targets.Node(key) is YamlMapping or YamlList)
        {
            bag.Error(targets.SpanOf(targets.Node(key)!), bag.Messages.ExpectedNumber(key));
            return null;
        }
        return Number(indicator, targets, key, keySpan);
    }

    // Each part reports its own problems, so one file gets all of them at once; the amount stands only if all are fine.
    private Amount? FromMapping(Indicator indicator, YamlMap map, string key)
    {
        map.WarnUnknownKeys(Known, bag);
        if (MainText(map, key) is not { } mainText) return null;
        var main = Number(indicator, mainText);
        var ok = main is not null;
        ok &= Of(indicator, map, key, main, mainText, out var of);
        ok &= By(indicator, map, key, main, mainText, out var by);
        return ok ? new Amount(main!.Value, of, by) : null;
    }

    // `value:` or `total:`, which mean the same: exactly one of them.
    private Scalar? MainText(YamlMap map, string key)
    {
        var valueText = map.Scalar("value", bag);
        var totalText = map.Scalar("total", bag);
        if (valueText is not null && totalText is not null)
        {
            bag.Error(totalText.Value.Span, bag.Messages.ValueAndTotal());
            return null;
        }
        if ((valueText ?? totalText) is not { } mainText)
        {
            bag.Error(DataFile.Start(map), bag.Messages.MissingAmount(key));
            return null;
        }
        return mainText;
    }

    // A ratio's `of:`, which it needs and no other kind takes; the count can't be above it.
    private bool Of(Indicator indicator, YamlMap map, string key, decimal? main, Scalar mainText, out decimal? of)
    {
        of = null;
        if (map.Node("of") is not { } ofNode)
        {
            if (indicator.Kind != IndicatorKind.Ratio) return true;
            bag.Error(DataFile.Start(map), bag.Messages.RatioWithoutOf(key));
            return false;
        }
        if (indicator.Kind != IndicatorKind.Ratio)
        {
            bag.Error(KeySpan(map, "of"), bag.Messages.OfOnNonRatio(key));
            return false;
        }
        if (map.Scalar("of", bag) is not { } ofText)
        {
            // "of:" with nothing after it; a list or mapping was already reported by Scalar.
            if (ofNode is YamlText) bag.Error(KeySpan(map, "of"), bag.Messages.BadNumber("", NumberError.Empty));
            return false;
        }
        if (Number(indicator, ofText) is not { } total) return false;
        of = total;
        // A count that did not read was reported already; there is nothing to compare.
        if (main is null || main <= total) return true;
        bag.Error(mainText.Span, bag.Messages.RatioAboveOf(mainText.Text, ofText.Text));
        return false;
    }

    // A breakdown's `by:` parts, which must add up to the total.
    private bool By(Indicator indicator, YamlMap map, string key, decimal? main, Scalar mainText, out List<KeyValuePair<string, decimal>> by)
    {
        by = [];
        if (map.Node("by") is null) return true;
        if (indicator.Breakdown is null)
        {
            bag.Error(KeySpan(map, "by"), bag.Messages.ByWithoutBreakdown(key));
            return false;
        }
        if (map.Map("by", bag) is not { } parts) return false;
        var partsOk = true;
        foreach (var (part, span) in parts.Keys)
        {
            if (!Declared(indicator, part, span)) partsOk = false;
            else if (Number(indicator, parts, part, span) is { } v) by.Add(new(part, v));
            else partsOk = false;
        }
        // Percentages of parts do not add up to a percentage of the whole, so rates are not checked.
        if (partsOk && main is { } m && indicator.Kind != IndicatorKind.Rate)
            partsOk = CheckSum(by, m, mainText);
        return partsOk;
    }

    // Where indicators.yaml names the parts, a key it does not name is a typo or a part still to be named; where it
    // names none, any key goes (sites written before parts existed), printed as it is.
    private bool Declared(Indicator indicator, string part, SourceSpan span)
    {
        if (!indicator.Parts.Declared || indicator.Parts.Contains(part)) return true;
        bag.Error(span, bag.Messages.UndeclaredPart(part, indicator.Id, Suggest.Nearest(part, indicator.Parts.Keys), string.Join(", ", indicator.Parts.Keys)));
        return false;
    }

    private bool CheckSum(List<KeyValuePair<string, decimal>> parts, decimal total, Scalar totalText)
    {
        var lang = bag.Messages.Language;
        string sumText;
        try
        {
            var sum = parts.Sum(p => p.Value);
            if (sum == total) return true;
            sumText = NumberFormatter.Format(sum, lang, 28);
        }
        catch (OverflowException)
        {
            // Parts beyond decimal's range cannot add up to any total that could be written.
            sumText = "> " + NumberFormatter.Format(decimal.MaxValue, lang);
        }
        bag.Error(totalText.Span, bag.Messages.BreakdownSum(sumText, NumberFormatter.Format(total, lang, 28)));
        return false;
    }

    // The scalar under key, read as a number; a key with nothing after it is reported as a missing value.
    private decimal? Number(Indicator indicator, YamlMap map, string key, SourceSpan keySpan)
    {
        if (map.Scalar(key, bag) is { } text) return Number(indicator, text);
        if (map.Node(key) is null or YamlText)
            bag.Error(keySpan, bag.Messages.BadNumber("", NumberError.Empty));
        return null;
    }

    // "790/812" as a report prints a ratio: the count achieved and its total, which is all a ratio needs.
    private Amount? FromFraction(Indicator indicator, Scalar top, Scalar bottom)
    {
        var value = Number(indicator, top);
        var of = Number(indicator, bottom);
        if (value is null || of is null) return null;
        if (value > of)
        {
            bag.Error(top.Span, bag.Messages.RatioAboveOf(top.Text, bottom.Text));
            return null;
        }
        return new Amount(value.Value, of, []);
    }

    // The two sides of "a/b", each with its own column so that an error in either points at it.
    private static (Scalar Top, Scalar Bottom)? Fraction(Scalar text)
    {
        var slash = text.Text.IndexOf('/');
        if (slash < 0 || slash != text.Text.LastIndexOf('/')) return null;
        var top = text.Text[..slash];
        var bottom = text.Text[(slash + 1)..];
        var bottomColumn = text.Span.Column + (text.Quoted ? 1 : 0) + slash + 1 + (bottom.Length - bottom.TrimStart().Length);
        return (new Scalar(top.Trim(), text.Span, true), new Scalar(bottom.Trim(), text.Span with { Column = bottomColumn }, true));
    }

    private decimal? Number(Indicator indicator, Scalar text)
    {
        if (text.Text.EndsWith('%')) return Percent(indicator, text);
        if (text.Text.Contains('/'))
        {
            bag.Error(text.Span, bag.Messages.FractionOnNonRatio(text.Text, indicator.Id));
            return null;
        }
        if (NumberReader.LooksLikeThousands(text.Text, text.Quoted) && !indicator.IsCount)
        {
            bag.Error(text.Span, bag.Messages.PointBeforeThreeDigits(text.Text));
            return null;
        }
        if (!NumberReader.TryRead(text.Text, text.Quoted, out var value, out var error))
        {
            bag.Error(text.Span, bag.Messages.BadNumber(text.Text, error));
            return null;
        }
        if (!indicator.IsCount) return value;
        // Thousands first: a plain 1.000 reads as 1 with no fraction, yet almost surely means 1000.
        if (NumberReader.LooksLikeThousands(text.Text, text.Quoted))
            bag.Error(text.Span, bag.Messages.ThousandsOnCount(text.Text, indicator.Measure));
        else if (NumberReader.HasFraction(value))
            bag.Error(text.Span, bag.Messages.FractionOnCount(text.Text, indicator.Measure));
        else if (value < 0)
            bag.Error(text.Span, bag.Messages.NegativeCount(text.Text, indicator.Measure));
        else
            return value;
        return null;
    }

    // "12%" is what a rate is (a percentage reported as such), so the sign is simply dropped; on any other
    // indicator a percentage is not what the data holds, and the fix says what is.
    private decimal? Percent(Indicator indicator, Scalar text)
    {
        if (indicator.Kind == IndicatorKind.Rate || indicator.Measure == "%")
            return Number(indicator, text with { Text = text.Text[..^1].TrimEnd(), Quoted = true });
        bag.Error(text.Span, indicator.Kind == IndicatorKind.Ratio
            ? bag.Messages.PercentOnRatio(text.Text, indicator.Id)
            : bag.Messages.PercentOnNonRate(text.Text, indicator.Id, indicator.Measure));
        return null;
    }

    private static SourceSpan KeySpan(YamlMap map, string key) => map.Keys.First(k => k.Key == key).Span;
}
