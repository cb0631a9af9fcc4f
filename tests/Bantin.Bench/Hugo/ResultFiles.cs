using System.Collections.Concurrent;
using System.Globalization;
using Bantin.Bench.Corpus;

namespace Bantin.Bench.Hugo;

/// <summary>
/// The figures of one unit and month, read from <c>data/results/&lt;unit&gt;/&lt;YYYY-MM&gt;.yaml</c> in the layout
/// <see cref="DataWriter"/> writes (<c>  id: 72</c> or <c>  id: { value: 790, of: 812 }</c>). Thread-safe.
/// </summary>
public sealed class ResultFiles
{
    private readonly string _root;
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, Figure>> _files = new(StringComparer.Ordinal);

    public ResultFiles(string root) => _root = root;

    public Figure Get(string unit, string period, string indicator)
    {
        var values = _files.GetOrAdd($"{unit}/{period}", Load);
        return values.TryGetValue(indicator, out var figure)
            ? figure
            : throw new KeyNotFoundException($"no value of {indicator} for {unit} in {period}");
    }

    private IReadOnlyDictionary<string, Figure> Load(string key)
    {
        var path = Path.Combine(_root, "data", "results", key + ".yaml");
        var values = new Dictionary<string, Figure>(StringComparer.Ordinal);
        var inValues = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line == "values:") { inValues = true; continue; }
            if (!inValues || !line.StartsWith("  ", StringComparison.Ordinal)) continue;
            var colon = line.IndexOf(':');
            var id = line[..colon].Trim();
            var rest = line[(colon + 1)..].Trim();
            if (rest.StartsWith('{'))
            {
                var parts = rest.Trim('{', '}', ' ').Split(',').Select(p => p.Split(':')).ToDictionary(p => p[0].Trim(), p => Number(p[1]));
                values[id] = new Figure(parts["value"], parts["of"]);
            }
            else
            {
                values[id] = new Figure(Number(rest), null);
            }
        }
        return values;
    }

    private static decimal Number(string text) => decimal.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
