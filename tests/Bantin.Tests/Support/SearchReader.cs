using System.Text.Json;
using Bantin.Compute.Search;

namespace Bantin.Tests.Support;

/// <summary>
/// Reads a built site's search index the way assets/search.js does (same shard choice, matching and ranking), so
/// whole-site tests can run queries without a browser. Keep it in step with Index.prototype.search in search.js.
/// </summary>
public sealed class SearchReader
{
    private readonly string _folder;
    private readonly JsonElement _meta;
    private readonly Dictionary<string, int> _shardOf = new(StringComparer.Ordinal);

    public SearchReader(string folder)
    {
        _folder = folder;
        _meta = Read("meta.json");
        var i = 0;
        foreach (var key in _meta.GetProperty("terms").EnumerateArray()) _shardOf[key.GetString()!] = i++;
    }

    public JsonElement Meta => _meta;

    public JsonElement Read(string path) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_folder, path))).RootElement;

    /// <summary>The shard (term file) a folded word is looked up in, or -1.</summary>
    public int ShardFor(string key)
    {
        for (var length = key.Length; length >= Math.Min(2, key.Length) && length > 0; length--)
            if (_shardOf.TryGetValue(key[..length], out var i)) return i;
        return -1;
    }

    /// <summary>The URLs (relative to the site root) of the documents a query finds, best first.</summary>
    public IReadOnlyList<string> Urls(string query, string? category = null, string? unit = null, int? year = null) =>
        Hits(query, category, unit, year).Select(h => Document(h.Doc).GetProperty("u").GetString()!).ToList();

    public JsonElement Document(int doc)
    {
        var chunk = _meta.GetProperty("chunk").GetInt32();
        return Read($"docs/{doc / chunk}.json")[doc % chunk];
    }

    public IReadOnlyList<(int Doc, double Score, int Exact)> Hits(string query, string? category = null, string? unit = null, int? year = null)
    {
        var tokens = SearchText.Forms(query).ToList();
        var typing = query.Length > 0 && SearchText.IsWordChar(query[^1]);
        var words = tokens.Select((form, i) => (Form: form, Key: SearchText.Key(form), Prefix: typing && i == tokens.Count - 1))
            .DistinctBy(w => w.Form).ToList();
        var keys = _shardOf.Keys.ToList();
        words = words.Where(w => !(w.Prefix && ShardFor(w.Key) < 0 && keys.Any(k => k.Length > w.Key.Length && k.StartsWith(w.Key, StringComparison.Ordinal)))).ToList();
        if (words.Count == 0) return [];
        Dictionary<int, (double Score, int Exact)>? docs = null;
        foreach (var word in words)
        {
            var found = Matches(word.Form, word.Key, word.Prefix);
            docs = docs is null
                ? found.ToDictionary(f => f.Key, f => (f.Value.Score, f.Value.Exact ? 1 : 0))
                : docs.Where(d => found.ContainsKey(d.Key)).ToDictionary(d => d.Key,
                    d => (d.Value.Score + found[d.Key].Score, d.Value.Exact + (found[d.Key].Exact ? 1 : 0)));
        }
        var columns = _meta.GetProperty("docs");
        return docs!
            .Where(d => category is null || Within("categories", columns.GetProperty("c")[d.Key].GetInt32(), Position("categories", category)))
            .Where(d => unit is null || Within("units", columns.GetProperty("u")[d.Key].GetInt32(), Position("units", unit)))
            .Where(d => year is null || columns.GetProperty("y")[d.Key].GetInt32() == _meta.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToList().IndexOf(year.Value))
            .OrderByDescending(d => d.Value.Exact).ThenByDescending(d => d.Value.Score).ThenBy(d => d.Key)
            .Select(d => (d.Key, d.Value.Score, d.Value.Exact)).ToList();
    }

    private Dictionary<int, (double Score, bool Exact)> Matches(string form, string key, bool prefix)
    {
        var found = new Dictionary<int, (double Score, bool Exact)>();
        var shard = ShardFor(key);
        if (shard < 0) return found;
        var marked = form != key;
        foreach (var entry in Read($"terms/{shard}.json").EnumerateObject())
        {
            var entryKey = SearchText.Key(entry.Name);
            var full = entryKey == key;
            if (!full && !(prefix && entryKey.StartsWith(key, StringComparison.Ordinal))) continue;
            var exact = marked && entry.Name == form;
            var factor = (full ? 2 : 1) * (exact ? 2 : 1);
            var doc = -1;
            foreach (var value in Decode(entry.Value.GetString()!))
            {
                doc += (int)(value / 16);
                var score = value % 16 * factor;
                found[doc] = found.TryGetValue(doc, out var old) ? (Math.Max(old.Score, score), old.Exact || exact) : (score, exact);
            }
        }
        return found;
    }

    /// <summary>The numbers of a posting list (SearchShards.Encode), decoded as search.js decodes them.</summary>
    public static IEnumerable<long> Decode(string text)
    {
        long value = 0;
        foreach (var c in text)
        {
            var digit = SearchShards.Digits.IndexOf(c);
            value = value * 32 + (digit & 31);
            if (digit >= 32) continue;
            yield return value;
            value = 0;
        }
    }

    private int Position(string facets, string key) =>
        _meta.GetProperty(facets).EnumerateArray().Select(f => f.GetProperty("k").GetString()).ToList().IndexOf(key);

    private bool Within(string facets, int index, int wanted)
    {
        var list = _meta.GetProperty(facets);
        for (var i = index; i >= 0; i = list[i].GetProperty("p").GetInt32()) if (i == wanted) return true;
        return false;
    }
}
