using YamlDotNet.Core;

namespace Bantin.Sources.Yaml;

/// <summary>A scalar, kept as written: the contract decides what it means, not YAML's implicit typing.</summary>
/// <param name="Tagged">Written with a tag (<c>!!str a</c>): such a key is not found by its text, as under YamlDotNet.</param>
public sealed class YamlText(string value, ScalarStyle style, bool tagged, int line, int column) : YamlValue(line, column)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;

    public bool Tagged { get; } = tagged;

    /// <summary>Nothing written, or YAML's words for nothing (<c>~</c>, <c>null</c>), unquoted.</summary>
    public bool IsNull => Style == ScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";
}
