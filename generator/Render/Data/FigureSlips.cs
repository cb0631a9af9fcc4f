using System.Text.RegularExpressions;
using Bantin.Diagnostics;
using Bantin.Sources;

namespace Bantin.Render.Data;

/// <summary>
/// Scriban's English about a figure call ("Invalid token found", "The variable or function `x` was not found"),
/// said again in the site's language with the fix written out, using the words the editor wrote at that place.
/// </summary>
public static class FigureSlips
{
    private static readonly string[] Functions = ["value", "percent", "target", "change", "table", "chart", "progress"];
    private static readonly string[] Options = ["unit", "period", "by", "pad", "set_by", "indicators", "indicator", "ytd", "last_year"];

    private static readonly Regex InvalidToken = new(@"^Invalid token found `(.+?)`", RegexOptions.CultureInvariant);
    private static readonly Regex NotFound = new(@"^The variable or function `(.+?)` was not found", RegexOptions.CultureInvariant);
    private static readonly Regex Arguments = new(@"^Invalid number of arguments `(\d+)` passed to `(.+?)` while expecting `(\d+)`", RegexOptions.CultureInvariant);
    private static readonly Regex Convert = new(@"^Unable to convert type `(.+?)` to `?(\w+)`?", RegexOptions.CultureInvariant);
    private static readonly Regex OptionBefore = new(@"([A-Za-z_]+)\s*:\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex OptionAt = new(@"^([A-Za-z_]+)\s*:\s*", RegexOptions.CultureInvariant);

    /// <param name="line">The body's line (from 0) where Scriban points; <paramref name="column"/> from 0 too.</param>
    public static Text Explain(string reason, string body, int line, int column, Messages messages)
    {
        var text = Line(body, line);
        var before = column <= text.Length ? text[..column] : text;
        var after = column <= text.Length ? text[column..] : "";

        if (InvalidToken.Match(reason) is { Success: true } token)
            return token.Groups[1].Value == "}" ? messages.FigureUnclosed() : messages.FigureBadCharacter(token.Groups[1].Value);
        if (reason.StartsWith("Unexpected } while no matching {", StringComparison.Ordinal)) return messages.FigureUnclosed();
        if (NotFound.Match(reason) is { Success: true } missing)
        {
            var name = missing.Groups[1].Value;
            if (Options.Contains(name)) return messages.FigureMissingColon(name, NextValue(after[Math.Min(name.Length, after.Length)..]));
            // The first word of a call names a function; a bare word after it is an id written without quotes.
            if (before.LastIndexOf("{{", StringComparison.Ordinal) is var open and >= 0 && before[(open + 2)..].Trim().Length == 0)
                return messages.FigureUnknownFunction(name, Suggest.Nearest(name, Functions));
            return messages.FigureBareWord(Word(after, name));
        }
        if (Arguments.Match(reason) is { Success: true } count)
        {
            var function = count.Groups[2].Value;
            return int.Parse(count.Groups[1].Value) < int.Parse(count.Groups[3].Value)
                ? messages.FigureNeedsIndicator(function)
                : messages.FigureTooManyValues(function);
        }
        if (Convert.Match(reason) is { Success: true } type)
        {
            if (type.Groups[2].Value == "array") return messages.FigureNeedsList();
            // Scriban points at the option's value or at its name, depending on the call.
            var option = OptionBefore.Match(before) is { Success: true } ahead ? (ahead.Groups[1].Value, after)
                : OptionAt.Match(after) is { Success: true } here ? (here.Groups[1].Value, after[here.Length..])
                : default;
            if (type.Groups[2].Value is "int" or "long" or "double" or "decimal" && option.Item1 is { } name)
            {
                var digits = new string(option.Item2.TakeWhile(c => c != ' ' && c != '}').Where(char.IsAsciiDigit).ToArray());
                return messages.FigureNeedsNumber(name, digits.Length > 0 ? digits : "2");
            }
        }
        // Scriban's own words when a call has more values than the function has parameters.
        if (reason.StartsWith("Argument index must be", StringComparison.Ordinal)) return messages.FigureTooManyValues(Word(after, "value"));
        return messages.FigureTemplateError(reason);
    }

    private static string Line(string body, int line)
    {
        var start = 0;
        for (var i = 0; i < line && start >= 0; i++)
        {
            start = body.IndexOf('\n', start);
            if (start >= 0) start++;
        }
        if (start < 0) return "";
        var end = body.IndexOf('\n', start);
        return end < 0 ? body[start..] : body[start..end];
    }

    /// <summary>The whole id the editor wrote (Scriban names only its first part: `doan` of doan-vien-moi).</summary>
    private static string Word(string after, string fallback)
    {
        var word = new string(after.TakeWhile(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/').ToArray());
        return word.Length >= fallback.Length ? word : fallback;
    }

    /// <summary>The value written after an option whose colon is missing, as it should be written.</summary>
    private static string NextValue(string rest)
    {
        var text = rest.TrimStart();
        if (text.Length > 0 && text[0] is '"' or '\'')
        {
            var close = text.IndexOf(text[0], 1);
            if (close > 0) return text[..(close + 1)];
        }
        var word = new string(text.TakeWhile(c => !char.IsWhiteSpace(c) && c != '}').ToArray());
        return word.Length > 0 ? word : "\"…\"";
    }
}
