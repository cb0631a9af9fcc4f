using Bantin.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using ScalarEvent = YamlDotNet.Core.Events.Scalar;
using YamlDotNet.RepresentationModel;

namespace Bantin.Sources;

/// <summary>
/// Reads a whole YAML file to its root node, whatever its shape (data/units.yaml is a list), keeping positions.
/// A key written twice is reported with both places, which YamlDotNet alone cannot do.
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>False after reporting a syntax error; on success <paramref name="root"/> is null for an empty file.</summary>
    public static bool TryRead(string text, string file, DiagnosticBag bag, out YamlNode? root)
    {
        root = null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var span = new SourceSpan(file, (int)e.Start.Line, (int)e.Start.Column);
            if (FindDuplicateKey(text) is var (key, first, second) && second.Line == e.Start.Line && second.Column == e.Start.Column)
                bag.Error(span, bag.Messages.DuplicateKey(key, new SourceSpan(file, (int)first.Line, (int)first.Column).ToString()));
            else
                bag.Error(span, bag.Messages.YamlSyntax(YamlMap.Reason(e)));
            return false;
        }
        catch (ArgumentException)
        {
            var (line, column) = EmptyYamlKey.Locate(text);
            bag.Error(new SourceSpan(file, line, column), bag.Messages.YamlEmptyKey());
            return false;
        }

        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is not YamlScalarNode { Value: null or "" })
            root = stream.Documents[0].RootNode;
        return true;
    }

    public static SourceSpan SpanOf(YamlNode node, string file) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    // Replays the parser's events, tracking for every open mapping which keys it has seen and whether the
    // next node is a key or a value. Only simple (scalar) keys are compared; nothing else can be misspelt twice.
    private static (string Key, Mark First, Mark Second)? FindDuplicateKey(string text)
    {
        var frames = new List<(Dictionary<string, Mark>? Keys, bool ExpectKey)>();
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case ScalarEvent s:
                        if (frames.Count > 0 && frames[^1] is { Keys: { } keys, ExpectKey: true } && !keys.TryAdd(s.Value, s.Start))
                            return (s.Value, keys[s.Value], s.Start);
                        Advance(frames);
                        break;
                    case AnchorAlias:
                        Advance(frames);
                        break;
                    case MappingStart:
                        Advance(frames);
                        frames.Add((new Dictionary<string, Mark>(StringComparer.Ordinal), true));
                        break;
                    case SequenceStart:
                        Advance(frames);
                        frames.Add((null, false));
                        break;
                    case MappingEnd or SequenceEnd:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // A syntax error after the duplicate, or before it: the caller reports YamlDotNet's own error.
        }
        return null;
    }

    // One node has been read inside the innermost collection: in a mapping, keys and values alternate.
    private static void Advance(List<(Dictionary<string, Mark>? Keys, bool ExpectKey)> frames)
    {
        if (frames.Count > 0 && frames[^1].Keys is not null)
            frames[^1] = frames[^1] with { ExpectKey = !frames[^1].ExpectKey };
    }
}
