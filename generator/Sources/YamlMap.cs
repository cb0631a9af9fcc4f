using Bantin.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bantin.Sources;

/// <summary>
/// A YAML mapping read with positions, so every value can be blamed on its file, line and column.
/// Scalars are kept as text: the contract decides what a value means, not YAML's implicit typing.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;

    private YamlMap(YamlMappingNode node, string file, int lineOffset)
    {
        _node = node;
        File = file;
        LineOffset = lineOffset;
    }

    public string File { get; }

    /// <summary>Lines before the YAML text in its file (front matter starts after the opening <c>---</c>).</summary>
    public int LineOffset { get; }

    public SourceSpan Span => SpanOf(_node);

    public IEnumerable<(string Key, SourceSpan Span)> Keys =>
        _node.Children.Keys.OfType<YamlScalarNode>().Select(k => (k.Value ?? "", SpanOf(k)));

    /// <summary>Parses a YAML document whose top level must be a mapping. Returns null after reporting.</summary>
    public static YamlMap? Parse(string text, string file, int lineOffset, DiagnosticBag bag)
    {
        if (!YamlDocumentReader.TryRead(text, file, lineOffset, bag, out var root)) return null;
        switch (root)
        {
            case null:
                return new YamlMap(new YamlMappingNode(), file, lineOffset);
            case YamlMappingNode map:
                return new YamlMap(map, file, lineOffset);
            default:
                bag.Error(new SourceSpan(file, (int)root.Start.Line + lineOffset, (int)root.Start.Column), bag.Messages.YamlNotMapping());
                return null;
        }
    }

    public static YamlMap Wrap(YamlMappingNode node, string file, int lineOffset) => new(node, file, lineOffset);

    public YamlNode? Node(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var n) ? n : null;

    public SourceSpan SpanOf(YamlNode node) =>
        new(File, (int)node.Start.Line + LineOffset, (int)node.Start.Column);

    /// <summary>The text of a scalar, or null when absent; reports a non-scalar.</summary>
    public Scalar? Scalar(string key, DiagnosticBag bag)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlScalarNode s)
        {
            var value = s.Value ?? "";
            // A bare "~" or "null" is YAML's way to say "nothing here".
            if (s.Style == ScalarStyle.Plain && (value is "" or "~" or "null" or "Null" or "NULL")) return null;
            return new Scalar(value.Trim(), SpanOf(s), s.Style != ScalarStyle.Plain);
        }
        bag.Error(SpanOf(node), bag.Messages.ExpectedText(key));
        return null;
    }

    /// <summary>A list of scalars; a single scalar counts as a one-item list.</summary>
    public IReadOnlyList<Scalar> List(string key, DiagnosticBag bag)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                var items = new List<Scalar>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value))
                        items.Add(new Scalar(s.Value.Trim(), SpanOf(s), s.Style != ScalarStyle.Plain));
                    else if (item is not YamlScalarNode)
                        bag.Error(SpanOf(item), bag.Messages.ExpectedText(key));
                }
                return items;
            case YamlScalarNode:
                var one = Scalar(key, bag);
                return one is null ? [] : [one.Value];
            default:
                bag.Error(SpanOf(node), bag.Messages.ExpectedList(key));
                return [];
        }
    }

    public YamlMap? Map(string key, DiagnosticBag bag)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlMappingNode m) return new YamlMap(m, File, LineOffset);
        bag.Error(SpanOf(node), bag.Messages.ExpectedMapping(key));
        return null;
    }

    /// <summary>Warns about keys the contract does not know, suggesting the nearest known one.</summary>
    public void WarnUnknownKeys(IReadOnlyCollection<string> known, DiagnosticBag bag)
    {
        foreach (var (key, span) in Keys)
        {
            if (known.Contains(key)) continue;
            bag.Warning(span, bag.Messages.UnknownKey(key, Suggest.Nearest(key, known)));
        }
    }
}
