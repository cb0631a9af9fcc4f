using Bantin.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using ScalarEvent = YamlDotNet.Core.Events.Scalar;

namespace Bantin.Sources.Yaml;

/// <summary>
/// Stands between YamlDotNet's parser and its node loader and stops the load at the first event that would
/// make it dangerous. The loader recurses once per nesting level and an alias to its own node sends it (or
/// the hashing of a key) into endless recursion: a stack overflow ends the process and no catch can stop it.
/// So depth and aliases are checked on the flat event stream, before the loader sees the event. The same
/// pass finds keys written twice, with both places, which YamlDotNet alone cannot report.
/// </summary>
internal sealed class YamlGuard(IParser inner) : IParser
{
    public const int MaxDepth = YamlLimits.MaxDepth;
    public const int MaxAliasNodes = YamlLimits.MaxAliasNodes;
    public const int MaxChars = YamlLimits.MaxChars;

    private readonly List<Frame> _frames = [];
    private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _openAnchors = new(StringComparer.Ordinal);
    private long _nodes;
    private long _expanded;

    public ParsingEvent Current => inner.Current!;

    /// <summary>The innermost '[' or '{' still open, where an unclosed bracket is blamed.</summary>
    public (Mark Start, char Bracket)? OpenFlow =>
        _frames.LastOrDefault(f => f.Flow) is { Flow: true } f ? (f.Start, f.Keys is null ? '[' : '{') : null;

    /// <summary>Where the last node read began: the best place to blame when YamlDotNet fails without saying where.</summary>
    public Mark Last { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        if (inner.Current is NodeEvent node) Last = node.Start;
        if (Check(inner.Current!) is { } fault) throw new YamlFaultException(fault);
        return true;
    }

    private YamlFault? Check(ParsingEvent e) => e switch
    {
        ScalarEvent s => Scalar(s),
        AnchorAlias a => Alias(a),
        MappingStart m => Open(m, m.Anchor, new Dictionary<string, Mark>(StringComparer.Ordinal), m.Style == MappingStyle.Flow),
        SequenceStart s => Open(s, s.Anchor, null, s.Style == SequenceStyle.Flow),
        MappingEnd or SequenceEnd => Close(),
        _ => null,
    };

    private YamlFault? Scalar(ScalarEvent s)
    {
        if (_frames.Count > 0 && _frames[^1] is { Keys: { } keys, ExpectKey: true } && !keys.TryAdd(s.Value, s.Start))
        {
            var first = keys[s.Value];
            return new YamlFault(YamlFaultKind.DuplicateKey, Line(s.Start), Col(s.Start), s.Value, "", Line(first), Col(first));
        }
        Advance();
        _nodes++;
        if (!s.Anchor.IsEmpty) _anchorSizes[s.Anchor.Value] = 1;
        return null;
    }

    private YamlFault? Alias(AnchorAlias a)
    {
        var name = a.Value.Value;
        if (_openAnchors.Contains(name))
            return new YamlFault(YamlFaultKind.SelfAlias, Line(a.Start), Col(a.Start), name);
        if (!_anchorSizes.TryGetValue(name, out var size))
            return new YamlFault(YamlFaultKind.UnknownAlias, Line(a.Start), Col(a.Start), name);
        _expanded += size;
        _nodes += size;
        if (_expanded > MaxAliasNodes)
            return new YamlFault(YamlFaultKind.TooManyAliases, Line(a.Start), Col(a.Start), name);
        Advance();
        return null;
    }

    private YamlFault? Open(NodeEvent e, AnchorName anchor, Dictionary<string, Mark>? keys, bool flow)
    {
        Advance();
        _nodes++;
        var name = anchor.IsEmpty ? null : anchor.Value;
        _frames.Add(new Frame(keys, keys is not null, name, _nodes, e.Start, flow));
        if (_frames.Count > MaxDepth) return new YamlFault(YamlFaultKind.TooDeep, Line(e.Start), Col(e.Start));
        if (name is not null) _openAnchors.Add(name);
        return null;
    }

    private YamlFault? Close()
    {
        var frame = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        if (frame.Anchor is { } name)
        {
            _openAnchors.Remove(name);
            _anchorSizes[name] = _nodes - frame.NodesBefore + 1;
        }
        return null;
    }

    // One node has been read inside the innermost collection: in a mapping, keys and values alternate.
    private void Advance()
    {
        if (_frames.Count > 0 && _frames[^1].Keys is not null)
            _frames[^1] = _frames[^1] with { ExpectKey = !_frames[^1].ExpectKey };
    }

    private static int Line(Mark m) => (int)m.Line;

    private static int Col(Mark m) => (int)m.Column;

    private sealed record Frame(Dictionary<string, Mark>? Keys, bool ExpectKey, string? Anchor, long NodesBefore, Mark Start, bool Flow);
}
