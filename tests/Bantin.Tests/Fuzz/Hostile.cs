using CsCheck;

namespace Bantin.Tests.Fuzz;

/// <summary>
/// Building blocks of hostile text: odd letters and spaces, numbers YAML reads several ways, odd YAML, dates.
/// Control characters (Word's U+000B, U+0001, NUL) and the non-characters U+FFFE/U+FFFF are among them.
/// </summary>
public static class Hostile
{
    /// <summary>Letters an editor types, pastes or a broken keyboard produces, weighted towards the ordinary.</summary>
    public static readonly Gen<char> Char = Gen.Frequency(
        (8, Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789 -"]),
        (4, Gen.Char["ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐÂĂÊÔƠƯ"]),
        (3, Gen.Char[":#-[]{},&*!|>'\"%@`?\\/<>=+~^$()_;."]),
        (1, Gen.Char["\t\u00A0\u2028\u2029\u200B\u200D\u202E\uFEFF\u0301\u0323\u0309"]),
        (1, Gen.Char["“”‘’–—…«»€中文한국어العربيةỌ١٢３"]),
        (1, Gen.Char['\uD800', '\uDFFF']),
        (1, Gen.Char["\u0000\u0001\u0008\u000B\u000C\u001B\u001F\u007F\u0085\uFFFE\uFFFF"]));

    public static readonly Gen<string> Word = Char.Array[0, 16].Select(c => new string(c));

    /// <summary>Text that still builds: odd letters, but nothing Markdown or Scriban reads as a tag or a call.</summary>
    public static readonly Gen<string> SafeWord = Word.Select(w => "T" + new string(w.Where(c => c is not ('<' or '>' or '{' or '}' or '\\' or '"' or '&')).ToArray()));

    /// <summary>A YAML double-quoted string of safe text (YAML reads U+2028 and U+2029 as line breaks).</summary>
    public static readonly Gen<string> Quoted = SafeWord.Select(w => "\"" + w.Replace('\u2028', ' ').Replace('\u2029', ' ') + "\"");

    public static readonly Gen<string> Long = Gen.Select(Gen.OneOf("a", "Đoàn viên ", "x-", "[", "{{", "*", "ư\u0301"), Gen.Int[200, 3000], (s, n) => string.Concat(Enumerable.Repeat(s, n)));

    /// <summary>Numbers and things that look like numbers: huge, negative, Vietnamese thousands, YAML's own forms.</summary>
    public static readonly Gen<string> Number = Gen.Frequency(
        (3, Gen.Int.Select(i => i.ToString())),
        (2, Gen.Long.Select(i => i.ToString())),
        (2, Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture))),
        (3, Gen.OneOf("0", "-0", "-1", "1.250", "2.500", "1.738", "\"1.738\"", "\"90,74\"", "90,74", "1e309", "-1e309", "1e-400",
            "99999999999999999999999999999", "-99999999999999999999999999999", "0x1F", "0o17", "0b101", ".inf", "-.inf", ".nan",
            "NaN", "12%", "35/40", "\"35/40\"", "1_000", "+5", "1.", ".5", "١٢٣", "１２３", "2147483648", "9223372036854775808",
            "79228162514264337593543950336", "1.7976931348623157E+308", "4.9E-324", "0.1e2", "1 000", "\"\"", "1,250.5", "−5")));

    public static readonly Gen<string> Date = Gen.Frequency(
        (3, Gen.Select(Gen.Int[1990, 2030], Gen.Int[0, 13], Gen.Int[0, 32], (y, m, d) => $"{y}-{m:00}-{d:00}")),
        (2, Gen.Select(Gen.Int[1990, 2030], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 25], Gen.Int[0, 61], (y, m, d, h, n) => $"{y}-{m:00}-{d:00} {h:00}:{n:00}")),
        (2, Gen.OneOf("2024-02-30", "2024-02-29", "2023-02-29", "2024-06-01T08:00:00+07:00", "2024-06-01T08:00:00+14:00",
            "2024-06-01T08:00:00-12:00", "2024-06-01T25:00", "2024-06-01 08:00 +07", "2024/06/01", "01/06/2024", "1/6/2024",
            "2024-6-1", "2024-06-01Z", "2024-06", "2024", "hôm nay", "\"2024-06-01\"", "2024-06-01 08:00:00.1234567",
            "2024-W23", "2024-06-01T08:00:00+07:00[Asia/Ho_Chi_Minh]", "[2024-06-01]", "{ y: 2024 }", "1e10", "2024-06-01 08:00 extra")));

    /// <summary>Periods as written in front matter and results files, valid or nearly.</summary>
    public static readonly Gen<string> Period = Gen.Frequency(
        (3, Gen.OneOf("2019-04", "2019-Q1", "2020-H1", "2017-01..2017-05", "2021", "2013..2018", "2019", "2022", "2020")),
        (2, Gen.OneOf("2019-13", "2019-00", "2019-Q5", "2019-Q0", "2020-H3", "2017-05..2017-01", "2018..2013", "2019-04..", "..2019",
            "2019..2019", "2019-Q1..2019-Q2", "2019-04..2020-H1", "99999", "0", "-2019", "2019-4", "2019-q1", "2019 - 04",
            "2019-04-01", "2019-Q1..", "2019-04...2019-05", "2013..2018..2020", "\"2019-04\"", "[2019-04]")),
        (1, Gen.Select(Gen.Int[1000, 3000], Gen.Int[-1, 14], (y, m) => $"{y}-{m:00}")));

    /// <summary>A YAML value: plain, quoted, block, flow (nested, bounded), anchored, tagged, or broken.</summary>
    public static Gen<string> Scalar { get; } = Values(depth: 4);

    private static Gen<string> Values(int depth)
    {
        var leaf = Gen.Frequency(
            (4, Word),
            (2, Number),
            (1, Date),
            (1, Period),
            (2, Word.Select(w => "\"" + w.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")),
            (1, Word.Select(w => "'" + w.Replace("'", "''") + "'")),
            (1, Long),
            (2, Gen.OneOf("", "~", "null", "yes", "no", "True", "off", "\"", "'", "\"unclosed", "'unclosed", "|", ">", "|-", ">+",
                "- x", "a: b: c", ": x", "? x", "#", "# x", "&a x", "*a", "*nowhere", 
                "!!str 5", "!!int x", "!!float abc", "!!binary ===", "!!timestamp 2024-13-01", "!!map []", "!!seq {}", "!!null x",
                "!custom x", "!<tag:x> y", "%YAML 1.2", "---", "...", "@x", "`x`", "\\", "\"\\u00e9\\\\ \\\"\"", "\"\\uD800\"",
                "\"\\U0001F600\"", "a # comment", "[", "]", "{", "}", "[a, b", "{a: 1", "{a, b}", "[a]]", "{ : }", "[,]", "<<: *a")));
        if (depth == 0) return leaf;
        var inner = Values(depth - 1);
        return Gen.Frequency(
            (8, leaf),
            (1, inner.Array[0, 4].Select(a => "[" + string.Join(", ", a) + "]")),
            (1, Gen.Select(Word, inner).Array[0, 3].Select(a => "{" + string.Join(", ", a.Select(kv => $"{kv.Item1}: {kv.Item2}")) + "}")),
            (1, Word.Array[1, 4].Select(lines => "|\n" + string.Concat(lines.Select(l => "  " + l + "\n")).TrimEnd('\n'))));
    }
}
