namespace Bantin.Tests.Fuzz;

/// <summary>One generated site: the example files it keeps, plus the files a generator wrote or replaced.</summary>
/// <param name="RawHtml">Whether its Markdown may hold raw HTML: the editor's own tags may not parse cleanly, so its
/// pages are held only to having a head and a body. Without it, every page must parse without a single HTML error.</param>
public sealed record FuzzCase(IReadOnlyList<SiteFile> Files, bool RawHtml = false)
{
    /// <summary>
    /// The files that differ from the example site, as TestSite's <c>-- path --</c> sections, so a failure can be pasted
    /// into a test (with the example's site.yaml and data/ beside them: <see cref="ExampleSite.WithData"/>).
    /// </summary>
    public override string ToString()
    {
        var example = ExampleSite.WithData.Concat(ExampleSite.Content).ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        var changed = Files.Where(f => !example.TryGetValue(f.Path, out var text) || text != f.Text);
        var left = example.Keys.Except(Files.Select(f => f.Path)).Where(p => !p.StartsWith("content/")).ToList();
        return string.Concat(changed.Select(f => $"-- {f.Path} --\n{Visible(f.Text)}\n"))
            + (left.Count == 0 ? "" : $"(without the example's {string.Join(", ", left)})\n");
    }

    /// <summary>Control and invisible characters as \uXXXX, so the printed reproducer can be read and copied.</summary>
    private static string Visible(string text) => string.Concat(text.Select(c =>
        c is '\n' or '\t' || (!char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\uFEFF' or '\u200B' or '\uFFFE' or '\uFFFF'))
            ? c.ToString() : $"\\u{(int)c:X4}"));
}
