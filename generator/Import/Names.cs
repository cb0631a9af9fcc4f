using Bantin.Model;

namespace Bantin.Import;

/// <summary>
/// How names typed in a sheet are compared with the names in data/: folded like slugs (marks dropped, đ → d, so
/// "Hòa An", "Hoà An" and "hoa-an" meet), and for units also without the words every union's name starts with
/// ("Liên đoàn Lao động", "LĐLĐ", "huyện", "tỉnh" …), which one sheet writes and another leaves out.
/// </summary>
internal static class Names
{
    // Slugged prefixes, longest first so "lien-doan-lao-dong-huyen" loses both.
    private static readonly string[] UnitPrefixes =
    [
        "lien-doan-lao-dong", "ldld", "cong-doan-nganh", "cong-doan", "cdn", "cd", "thanh-pho", "tp", "thi-xa", "tx",
        "huyen", "tinh", "quan", "nganh", "khoi",
    ];

    /// <summary>The slug of a name, with a trailing "(…)" dropped: "Tổng số đoàn viên (người)" → tong-so-doan-vien.</summary>
    public static string Key(string text)
    {
        var s = text.Trim();
        if (s.EndsWith(')') && s.LastIndexOf('(') is > 0 and var open) s = s[..open];
        return Slug.From(s);
    }

    /// <summary>A unit name's core: its key without the leading organisational words.</summary>
    public static string UnitCore(string text)
    {
        var key = Key(text);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var prefix in UnitPrefixes)
            {
                if (key.StartsWith(prefix + "-", StringComparison.Ordinal))
                {
                    key = key[(prefix.Length + 1)..];
                    changed = true;
                }
            }
        }
        return key;
    }
}
