using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bantin.Render;

/// <summary>
/// Image and link addresses as editors write them: <c>![Toàn cảnh](ảnh hội nghị.png)</c> (a file name with spaces)
/// or <c>![x](anh\hoi-nghi.png)</c> (a Windows path). Markdown takes neither (the first printed as text, silently),
/// so before parsing such an address is rewritten to the form Markdown takes, <c>&lt;ảnh hội nghị.png&gt;</c> and
/// <c>anh/hoi-nghi.png</c>; then the file is copied, sized and checked like any other, and a missing one is an error
/// at the image. Code is left as written. A link is rewritten only when its address ends in a file extension:
/// <c>[ghi chú](xem bên dưới)</c> is prose in brackets.
/// </summary>
public static class SpacedAddresses
{
    // `![alt](address)` or `[text](address)`; non-backtracking, so a line of ten thousand '[' is read once.
    private static readonly Regex Candidate = new(@"(!?)\[[^\[\]\n]*\]\(([^()<>\n]*)\)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    // An address followed by a title in quotes: `ảnh hội nghị.png "Toàn cảnh"`.
    private static readonly Regex WithTitle = new(@"^(.*?)\s+(""[^""]*""|'[^']*')$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private static readonly Regex FileExtension = new(@"\.[\p{L}\p{N}]{1,5}$", RegexOptions.CultureInvariant);

    public static string Enclose(string markdown, MarkdownPipeline pipeline)
    {
        if (!markdown.Contains("](", StringComparison.Ordinal)) return markdown;
        var edits = new List<(int Start, int Length, string Address)>();
        foreach (Match match in Candidate.Matches(markdown))
        {
            var inner = match.Groups[2];
            if (Rewritten(match.Groups[1].Length > 0, inner.Value) is { } address) edits.Add((inner.Index, inner.Length, address));
        }
        if (edits.Count == 0) return markdown;

        var code = CodeRanges(markdown, pipeline);
        var sb = new StringBuilder(markdown.Length + 2 * edits.Count);
        var from = 0;
        foreach (var (start, length, address) in edits)
        {
            if (InCode(code, start)) continue;
            sb.Append(markdown, from, start - from).Append(address);
            from = start + length;
        }
        return sb.Append(markdown, from, markdown.Length - from).ToString();
    }

    /// <summary>The address as Markdown takes it, or null when Markdown reads it already or it is not a local file.</summary>
    private static string? Rewritten(bool image, string inner)
    {
        var address = inner.Trim();
        var title = "";
        if (WithTitle.Match(address) is { Success: true } titled)
        {
            address = titled.Groups[1].Value.TrimEnd();
            title = " " + titled.Groups[2].Value;
        }
        var spaced = address.Any(char.IsWhiteSpace);
        if (!spaced && !address.Contains('\\')) return null;
        if (address.Length == 0 || !MarkdownRenderer.IsLocal(address)) return null;
        if (!image && !FileExtension.IsMatch(address)) return null;
        var path = ForwardSlashes(address);
        return (spaced ? $"<{path}>" : path) + title;
    }

    // A backslash before ASCII punctuation is Markdown's escape (`\_`), kept; any other is a folder separator.
    private static string ForwardSlashes(string address)
    {
        var chars = address.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] == '\\' && !(i + 1 < chars.Length && IsAsciiPunctuation(chars[i + 1]))) chars[i] = '/';
        return new string(chars);
    }

    private static bool IsAsciiPunctuation(char c) => c is > ' ' and < '\u007F' && !char.IsAsciiLetterOrDigit(c);

    private static bool InCode(List<(int Start, int End)> code, int at)
    {
        // The ranges do not overlap (code spans are never inside code blocks): the last one starting at or before
        // the address is the only one that can hold it.
        int low = 0, high = code.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (code[middle].Start <= at) (found, low) = (middle, middle + 1);
            else high = middle - 1;
        }
        return found >= 0 && at <= code[found].End;
    }

    /// <summary>Where the code blocks and code spans are, as character ranges of the text.</summary>
    private static List<(int Start, int End)> CodeRanges(string markdown, MarkdownPipeline pipeline)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException)
        {
            // Too deep: the renderer reports it; nothing of this body is drawn.
            return [(0, markdown.Length)];
        }
        return document.Descendants<CodeBlock>().Select(b => (b.Span.Start, b.Span.End))
            .Concat(document.Descendants<CodeInline>().Select(c => (c.Span.Start, c.Span.End)))
            .OrderBy(r => r.Start)
            .ToList();
    }
}
