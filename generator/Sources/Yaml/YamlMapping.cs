namespace Bantin.Sources.Yaml;

/// <summary>
/// A mapping, its entries in file order. Keys are few (twenty indicators at most in a results file), so a key is
/// looked up by walking them: cheaper than the hashing of a dictionary built for every mapping of every file.
/// </summary>
public sealed class YamlMapping(int line, int column) : YamlValue(line, column)
{
    private readonly List<KeyValuePair<YamlValue, YamlValue>> _entries = [];

    public IReadOnlyList<KeyValuePair<YamlValue, YamlValue>> Entries => _entries;

    /// <summary>The value of the untagged text key <paramref name="key"/>, or null.</summary>
    public YamlValue? Get(string key)
    {
        foreach (var (k, v) in _entries)
            if (k is YamlText { Tagged: false } t && t.Value == key) return v;
        return null;
    }

    /// <summary>False when the key is there already (only the plain reader asks: YamlGuard reports those otherwise).</summary>
    internal bool TryAdd(YamlText key, YamlValue value)
    {
        if (Get(key.Value) is not null) return false;
        _entries.Add(new(key, value));
        return true;
    }

    internal void Add(YamlValue key, YamlValue value) => _entries.Add(new(key, value));
}
