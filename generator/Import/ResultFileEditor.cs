using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bantin.Import;

/// <summary>
/// Writes imported values into a results file's text by editing only what changes: a value's own characters, a new
/// line at the end of <c>values:</c>, the <c>source:</c> line. Comments, the order of lines and every value not
/// imported stay exactly as the editor left them. A file that does not exist yet is written whole.
/// </summary>
internal static class ResultFileEditor
{
    public static string New(string unitId, string period, string source, IReadOnlyList<ImportedValue> values)
    {
        var sb = new StringBuilder();
        sb.Append($"unit: {unitId}\nperiod: {period}\nsource: {YamlNumbers.Quoted(source)}\nvalues:\n");
        foreach (var v in values) sb.Append($"  {v.Indicator.Id}: {YamlNumbers.Amount(v.Amount)}\n");
        return sb.ToString();
    }

    /// <param name="source">The new <c>source:</c>, or null to leave the file's as it is.</param>
    public static string Edit(string text, IReadOnlyList<ImportedValue> values, string? source)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        var edits = new List<(int Start, int End, string Text)>();
        var appended = new StringBuilder();

        var valuesKey = root?.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: "values" });
        var valuesNode = valuesKey is null ? null : root!.Children[valuesKey];
        switch (valuesNode)
        {
            case YamlMappingNode { Style: YamlDotNet.Core.Events.MappingStyle.Flow } flow:
                EditFlow(text, flow, values, edits);
                break;
            case YamlMappingNode block:
                EditBlock(text, block, values, edits, newline);
                break;
            case YamlScalarNode empty when valuesKey is not null:
                var end = LineEnd(text, Index(empty.End));
                edits.Add((Index(valuesKey.Start), end, "values:" + newline + Lines(values, "  ", newline).TrimEnd('\r', '\n')));
                break;
            default:
                appended.Append("values:" + newline + Lines(values, "  ", newline));
                break;
        }

        if (source is not null) EditSource(text, root, valuesKey, source, newline, edits, appended);

        var result = new StringBuilder(text);
        foreach (var (start, end, replacement) in edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.End))
        {
            result.Remove(start, end - start);
            result.Insert(start, replacement);
        }
        if (appended.Length > 0)
        {
            if (result.Length > 0 && result[^1] != '\n') result.Append(newline);
            result.Append(appended);
        }
        return result.ToString();
    }

    /// <summary>The file's <c>source:</c> set to <paramref name="source"/>: replaced, filled in, or added before <c>values:</c>.</summary>
    private static void EditSource(string text, YamlMappingNode? root, YamlNode? valuesKey, string source, string newline,
        List<(int Start, int End, string Text)> edits, StringBuilder appended)
    {
        var sourceKey = root?.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: "source" });
        if (sourceKey is not null && root!.Children[sourceKey] is YamlScalarNode old)
        {
            if (old.Value != source)
                edits.Add(old.Value is null or "" ? (LineEnd(text, Index(sourceKey.End)), LineEnd(text, Index(sourceKey.End)), " " + YamlNumbers.Quoted(source))
                                                   : (Index(old.Start), Index(old.End), YamlNumbers.Quoted(source)));
        }
        else if (valuesKey is not null)
        {
            var start = Index(valuesKey.Start);
            edits.Add((start, start, "source: " + YamlNumbers.Quoted(source) + newline));
        }
        else
        {
            appended.Insert(0, "source: " + YamlNumbers.Quoted(source) + newline);
        }
    }

    private static void EditBlock(string text, YamlMappingNode block, IReadOnlyList<ImportedValue> values, List<(int, int, string)> edits, string newline)
    {
        var keys = block.Children.Keys.OfType<YamlScalarNode>().ToList();
        var indent = keys.Count > 0 ? new string(' ', (int)keys[0].Start.Column - 1) : "  ";
        var added = new List<ImportedValue>();
        foreach (var v in values)
        {
            var key = keys.FirstOrDefault(k => k.Value == v.Indicator.Id);
            if (key is null)
            {
                added.Add(v);
                continue;
            }
            var amount = YamlNumbers.Amount(v.Amount);
            var colon = text.IndexOf(':', Index(key.End));
            switch (block.Children[key])
            {
                // "doan-vien-moi:" waiting to be filled (as `new article` writes it), or "~"/"null".
                case YamlScalarNode { Style: ScalarStyle.Plain } s when s.Value is null or "" or "~" or "null" or "Null" or "NULL":
                    edits.Add(s.Value is null or "" ? (colon + 1, colon + 1, " " + amount) : (Index(s.Start), Index(s.End), amount));
                    break;
                case YamlMappingNode { Style: YamlDotNet.Core.Events.MappingStyle.Block } nested:
                    // A block value's lines give way to one flow line; its own comments go with them.
                    edits.Add((colon + 1, LineEnd(text, LastIndex(nested)), " " + amount));
                    break;
                case var node:
                    edits.Add((Index(node.Start), Index(node.End), amount));
                    break;
            }
        }
        if (added.Count == 0) return;
        var last = keys.Count > 0 ? LineEnd(text, LastIndex(block.Children[keys[^1]])) : LineEnd(text, Index(block.Start));
        var at = last < text.Length ? last + (text[last] == '\r' ? 2 : 1) : last;
        var lines = Lines(added, indent, newline);
        edits.Add((at, at, at == text.Length && text.Length > 0 && text[^1] != '\n' ? newline + lines : lines));
    }

    private static void EditFlow(string text, YamlMappingNode flow, IReadOnlyList<ImportedValue> values, List<(int, int, string)> edits)
    {
        var added = new List<string>();
        foreach (var v in values)
        {
            var key = flow.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == v.Indicator.Id);
            if (key is null) added.Add($"{v.Indicator.Id}: {YamlNumbers.Amount(v.Amount)}");
            else edits.Add((Index(flow.Children[key].Start), Index(flow.Children[key].End), YamlNumbers.Amount(v.Amount)));
        }
        if (added.Count == 0) return;
        var close = text.LastIndexOf('}', Index(flow.End) - 1);
        var separator = flow.Children.Count > 0 ? ", " : " ";
        edits.Add((close, close, separator + string.Join(", ", added) + " "));
    }

    private static string Lines(IEnumerable<ImportedValue> values, string indent, string newline) =>
        string.Concat(values.Select(v => $"{indent}{v.Indicator.Id}: {YamlNumbers.Amount(v.Amount)}{newline}"));

    // Where the last character of a node (its deepest last child) stands, so a block value's end is its last line.
    private static int LastIndex(YamlNode node) => node switch
    {
        YamlMappingNode { Style: YamlDotNet.Core.Events.MappingStyle.Block, Children.Count: > 0 } m => LastIndex(m.Children.Last().Value),
        YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Block, Children.Count: > 0 } s => LastIndex(s.Children[^1]),
        _ => Math.Max(Index(node.Start), Index(node.End) - 1),
    };

    private static int LineEnd(string text, int from)
    {
        var i = text.IndexOf('\n', Math.Min(from, text.Length));
        if (i < 0) return text.Length;
        return i > 0 && text[i - 1] == '\r' ? i - 1 : i;
    }

    private static int Index(Mark mark) => (int)mark.Index;
}
