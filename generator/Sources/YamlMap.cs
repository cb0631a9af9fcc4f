using Bantin.Diagnostics;
using Bantin.Sources.Yaml;
using YamlDotNet.Core;

namespace Bantin.Sources;

/// <summary>
/// A YAML mapping read with positions, so every value can be blamed on its file, line and column.
/// Scalars are kept as text: the contract decides what a value means, not YAML's implicit typing.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMapping _node;

    private YamlMap(YamlMapping node, string file, int lineOffset)
    {
        _node = node;
        File = file;
        LineOffset = lineOffset;
    }

    public string File { get; }

    /// <summary>Lines before the YAML text in its file (front matter starts after the opening <c>---</c>).</summary>
    public int LineOffset { get; }

    public SourceSpan Span => SpanOf(_node);

    public IEnumerable<(string Key, SourceSpan Span)> Keys
    {
        get
        {
            foreach (var (key, _) in _node.Entries)
                if (key is YamlText text) yield return (text.Value, SpanOf(text));
        }
    }

    /// <summary>Parses a YAML document whose top level must be a mapping. Returns null after reporting.</summary>
    public static YamlMap? Parse(string text, string file, int lineOffset, DiagnosticBag bag)
    {
        if (!YamlDocumentReader.TryRead(text, file, lineOffset, bag, out var root)) return null;
        switch (root)
        {
            case null:
                return new YamlMap(new YamlMapping(1, 1), file, lineOffset);
            case YamlMapping map:
                return new YamlMap(map, file, lineOffset);
            default:
                bag.Error(new SourceSpan(file, root.Line + lineOffset, root.Column), bag.Messages.YamlNotMapping());
                return null;
        }
    }

    public static YamlMap Wrap(YamlMapping node, string file, int lineOffset) => new(node, file, lineOffset);

    public YamlValue? Node(string key) => _node.Get(key);

    public SourceSpan SpanOf(YamlValue node) => new(File, node.Line + LineOffset, node.Column);

    /// <summary>The text of a scalar, or null when absent; reports a non-scalar.</summary>
    public Scalar? Scalar(string key, DiagnosticBag bag)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlText s)
        {
            // A bare "~" or "null" is YAML's way to say "nothing here".
            if (s.IsNull) return null;
            return new Scalar(s.Value.Trim(), SpanOf(s), s.Style != ScalarStyle.Plain);
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
            case YamlList seq:
                var items = new List<Scalar>();
                foreach (var item in seq.Items)
                {
                    if (item is YamlText s && !string.IsNullOrWhiteSpace(s.Value))
                        items.Add(new Scalar(s.Value.Trim(), SpanOf(s), s.Style != ScalarStyle.Plain));
                    else if (item is not YamlText)
                        bag.Error(SpanOf(item), bag.Messages.ExpectedText(key));
                }
                return items;
            case YamlText:
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
        if (node is YamlMapping m) return new YamlMap(m, File, LineOffset);
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
