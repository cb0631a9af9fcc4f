using System.Globalization;

namespace Bantin.Bench.Cli;

/// <summary>
/// <c>--name value</c> and <c>--flag</c> options after a command word. Every option must be read through
/// <see cref="String"/>, <see cref="Int"/> or <see cref="Flag"/>; <see cref="Finish"/> then rejects the rest.
/// </summary>
public sealed class ArgList
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public ArgList(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"unexpected argument \"{arg}\"");
            var eq = arg.IndexOf('=');
            if (eq > 0) _options[arg[..eq]] = arg[(eq + 1)..];
            else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal)) _options[arg] = list[++i];
            else _options[arg] = null;
        }
    }

    public string? String(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value)) return null;
        return value ?? throw new UsageException($"{name} needs a value");
    }

    public string Required(string name) => String(name) ?? throw new UsageException($"{name} is required");

    public int? Int(string name)
    {
        var text = String(name);
        if (text is null) return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException($"{name}: \"{text}\" is not a whole number");
    }

    public IReadOnlyList<int>? IntList(string name)
    {
        var text = String(name);
        if (text is null) return null;
        var list = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 1)
                throw new UsageException($"{name}: \"{part}\" is not a positive whole number");
            list.Add(n);
        }
        return list.Count > 0 ? list : throw new UsageException($"{name} needs at least one number");
    }

    public bool Flag(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value)) return false;
        return value is null ? true : throw new UsageException($"{name} takes no value");
    }

    public void Finish()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0) throw new UsageException($"unknown option {string.Join(", ", unknown)}");
    }
}
