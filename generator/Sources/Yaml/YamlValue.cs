namespace Bantin.Sources.Yaml;

/// <summary>
/// A node of a YAML text as Bantin reads it: a <see cref="YamlText"/>, <see cref="YamlMapping"/> or <see cref="YamlList"/>
/// with the line and column it starts at (1-based, in the YAML text). Smaller than YamlDotNet's representation model,
/// which the data stage built for every one of thousands of results files.
/// </summary>
public abstract class YamlValue(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
