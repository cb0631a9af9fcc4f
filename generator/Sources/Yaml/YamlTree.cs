using YamlDotNet.RepresentationModel;

namespace Bantin.Sources.Yaml;

/// <summary>
/// Turns what YamlDotNet loaded (a text outside <see cref="PlainYamlReader"/>'s shape) into Bantin's nodes. An alias
/// is the very node its anchor names, so each node is turned once: YamlGuard bounds how often they are used.
/// </summary>
internal sealed class YamlTree
{
    private readonly Dictionary<YamlNode, YamlValue> _done = new(ReferenceEqualityComparer.Instance);

    public static YamlValue From(YamlNode node) => new YamlTree().Convert(node);

    private YamlValue Convert(YamlNode node)
    {
        if (_done.TryGetValue(node, out var done)) return done;
        var value = node switch
        {
            YamlMappingNode m => (YamlValue)Mapping(m),
            YamlSequenceNode s => new YamlList(s.Children.Select(Convert).ToList(), Line(s), Column(s)),
            YamlScalarNode s => new YamlText(s.Value ?? "", s.Style, !s.Tag.IsEmpty, Line(s), Column(s)),
            // YamlDotNet resolves its alias placeholders before Load returns: nothing else is left to meet.
            _ => new YamlText("", YamlDotNet.Core.ScalarStyle.Plain, false, Line(node), Column(node)),
        };
        _done[node] = value;
        return value;
    }

    private YamlMapping Mapping(YamlMappingNode node)
    {
        var mapping = new YamlMapping(Line(node), Column(node));
        foreach (var (key, value) in node.Children) mapping.Add(Convert(key), Convert(value));
        return mapping;
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static int Column(YamlNode node) => (int)node.Start.Column;
}
