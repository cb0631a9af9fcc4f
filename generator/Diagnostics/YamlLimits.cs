namespace Bantin.Diagnostics;

/// <summary>
/// How much YAML a file may hold before reading stops (enforced by <c>Sources.Yaml.YamlGuard</c>). Here, beside
/// <see cref="YamlFaultKind"/>, because the messages quote them.
/// </summary>
public static class YamlLimits
{
    /// <summary>Far beyond any real front matter or data file (the example data nests 4 deep).</summary>
    public const int MaxDepth = 64;

    /// <summary>Nodes that aliases may add by expansion; a real file reuses a few values, a bomb billions.</summary>
    public const int MaxAliasNodes = 100_000;

    /// <summary>8 MiB of text: a data file for every unit of a province for years stays far below.</summary>
    public const int MaxChars = 8 * 1024 * 1024;
}
