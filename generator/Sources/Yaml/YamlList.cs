namespace Bantin.Sources.Yaml;

/// <summary>A sequence, in file order.</summary>
public sealed class YamlList(IReadOnlyList<YamlValue> items, int line, int column) : YamlValue(line, column)
{
    public IReadOnlyList<YamlValue> Items { get; } = items;
}
