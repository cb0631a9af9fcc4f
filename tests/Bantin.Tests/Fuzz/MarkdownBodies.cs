using CsCheck;

namespace Bantin.Tests.Fuzz;

/// <summary>
/// Markdown bodies: nesting markers, brackets, headings, tables, code, HTML, links and images with odd targets,
/// Markdig's extensions (attributes, footnotes, containers, grid tables, figures) and figure calls among them.
/// Nesting goes up to <see cref="MaxNesting"/>, well past Markdig's limit of 128.
/// </summary>
public static class MarkdownBodies
{
    public const int MaxNesting = 300;

    private static readonly Gen<string> Target = Gen.Frequency(
        (3, Gen.OneOf("/congdoan/", "/congdoan/2019/04/ket-qua-thang-4-2019/", "#doan-vien", "anh.svg", "https://example.com/a?b=1&c=2",
            "ảnh hội nghị.png", "<ảnh hội nghị.png>", "a\\b.png", "javascript:alert(1)", "data:text/html,<script>x</script>", "", "#", "?",
            "//evil.example/x", "mailto:a@b", "../../../etc/passwd", "/congdoan/khong-co/", "x.png\" onerror=\"alert(1)", "%zz", "%00",
            "http://[::1", "http://a b", "ftp://x", "tel:+84", "file:///etc/passwd", "anh.svg#x", "/", "/chi-tieu/doan-vien-moi/")),
        (1, Hostile.Word));

    private static readonly Gen<string> Inline = Gen.Frequency(
        (6, Hostile.Word),
        (2, FigureCalls.Call),
        (2, Gen.Select(Hostile.Word, Target, (t, u) => $"[{t}]({u})")),
        (1, Gen.Select(Hostile.Word, Target, Hostile.Word, (t, u, title) => $"![{t}]({u} \"{title}\")")),
        (1, Gen.Select(Hostile.Word, Gen.OneOf("*", "**", "_", "__", "~~", "`", "==", "^", "~", "++"), (t, m) => m + t + m)),
        (1, Gen.OneOf("<span onclick=\"x\">", "</span>", "<b>", "<script>alert(1)</script>", "<!--", "-->", "<img src=x onerror=y>",
            "&amp;", "&#0;", "&#x110000;", "&#xD800;", "&bogus;", "&nbsp;", "[^1]", "[^khong-co]", "[[", "]]", "[x][y]", "[x][]",
            "<http://a.b>", "<a@b.c>", "\\", "\\*", "  \n", ":smile:", "$x^2$", "{#id}", "{.class}", "{#}", "{", "}", "|", "*[", "\"", "''",
            "BANTIN", "{{", "}}", "{ {", "} }", "![", "](", "<", ">", "***", "___", "<https://x y>")),
        (1, Gen.Select(Gen.Char["[(*_`<"], Gen.Int[1, MaxNesting], (c, n) => new string(c, n))));

    private static readonly Gen<string> Text = Inline.Array[1, 8].Select(parts => string.Join(" ", parts));

    private static readonly Gen<string> Table = Gen.Select(Gen.Int[1, 6], Gen.Int[0, 5], Text.Array[0, 30], Gen.Int[0, 3],
        (columns, rows, cells, align) =>
        {
            var header = "| " + string.Join(" | ", Enumerable.Range(0, columns).Select(c => cells.Length > c ? cells[c].Replace("\n", " ") : "h")) + " |";
            var rule = "|" + string.Concat(Enumerable.Range(0, columns + align - 1).Select(c => ((align + c) % 4) switch { 0 => "---|", 1 => ":--|", 2 => ":-:|", _ => "--:|" }));
            var body = Enumerable.Range(0, rows).Select(r => "| " + string.Join(" | ", cells.Skip(r * 3).Take(1 + (r + align) % (columns + 2)).Select(x => x.Replace("\n", " "))) + " |");
            return string.Join("\n", new[] { header, rule }.Concat(body));
        });

    private static readonly Gen<string> Block = Gen.Frequency(
        (6, Text),
        (2, Gen.Select(Gen.Int[1, 8], Text, (n, t) => new string('#', n) + " " + t)),
        (1, Gen.Select(Text, Gen.OneOf("===", "---", "= = =", "-"), (t, u) => t + "\n" + u)),
        (2, Gen.Select(Gen.Int[1, MaxNesting], Text, (n, t) => string.Concat(Enumerable.Repeat("> ", n)) + t)),
        (2, Gen.Select(Gen.Int[1, 15], Gen.OneOf("- ", "* ", "1. ", "1) ", "+ ", "- [ ] ", "- [x] "), Text,
            (n, marker, t) => string.Join("\n", Enumerable.Range(0, n).Select(d => new string(' ', d * (marker.Length + 1)) + marker + t)))),
        (2, Table),
        (1, Gen.Select(Gen.OneOf("```", "~~~", "````", "```{{ value \"x\" }}", "```html"), Text, Gen.Bool,
            (fence, t, close) => fence + "\n" + t + (close ? "\n" + fence[..3] : ""))),
        (1, Gen.Select(Gen.OneOf("<div>", "<table><tr><td>", "<script>", "<!--", "<?php", "<![CDATA[", "<style>", "<pre>", "<details>", "<div markdown=\"1\">"),
            Text, Gen.Bool, (open, t, close) => open + "\n" + t + (close ? "\n" + open.Replace("<", "</").Split(' ')[0].TrimEnd('>') + ">" : ""))),
        (1, Gen.Select(Gen.OneOf(":::", "::::", "^^^", "$$", "+---+---+\n| a | b |\n+---+---+", "[^1]: ", "[x]: ", "*[HTML]: ", "Term\n: ", "    ", "\t", "***", "<<<"),
            Text, (m, t) => m + t + (m is ":::" or "::::" or "$$" ? "\n" + m : ""))),
        (1, Gen.Select(Text, Gen.OneOf("{#doan-vien}", "{.x}", "{#a .b c=d}", "{#}", "{ #x }", "{#" + new string('x', 300) + "}"), (t, a) => "## " + t + " " + a)));

    public static readonly Gen<string> Body = Block.Array[0, 12].Select(blocks => string.Join("\n\n", blocks));

    private static readonly Gen<string> MildInline = Gen.Frequency(
        (6, Hostile.SafeWord),
        (1, Gen.Select(Hostile.SafeWord, Gen.OneOf("https://example.com/a?b=1&c=2", "#muc", "/congdoan/", "mailto:a@b.c"), (t, u) => $"[{t}]({u})")),
        (1, Gen.Select(Hostile.SafeWord, (t) => $"![{t}](anh.svg)")),
        (1, Gen.Select(Hostile.SafeWord, Gen.OneOf("*", "**", "_", "~~", "`"), (t, m) => m + t + m)));

    private static readonly Gen<string> MildText = MildInline.Array[1, 8].Select(parts => string.Join(" ", parts));

    /// <summary>Bodies that build (the case adds anh.svg beside them): odd text in every block Markdown has, so the
    /// pages drawn from them are held to parsing without an HTML error.</summary>
    public static readonly Gen<string> Mild = Gen.Frequency(
        (5, MildText),
        (2, Gen.Select(Gen.Int[1, 6], MildText, (n, t) => new string('#', n) + " " + t)),
        (1, Gen.Select(Gen.Int[1, 10], MildText, (n, t) => string.Concat(Enumerable.Repeat("> ", n)) + t)),
        (1, Gen.Select(Gen.Int[1, 6], MildText, (n, t) => string.Join("\n", Enumerable.Range(0, n).Select(d => new string(' ', d * 2) + "- " + t)))),
        (1, Gen.Select(Gen.Int[1, 5], MildText.Array[1, 12], (columns, cells) =>
            "| " + string.Join(" | ", Enumerable.Range(0, columns).Select(c => "h" + c)) + " |\n|" + string.Concat(Enumerable.Repeat("---|", columns)) + "\n" +
            string.Join("\n", cells.Chunk(columns).Select(row => "| " + string.Join(" | ", row.Select(c => c.Replace("|", "\\|"))) + " |")))),
        (1, MildText.Select(t => "```\n" + t + "\n```")))
        .Array[0, 10].Select(blocks => string.Join("\n\n", blocks));
}
