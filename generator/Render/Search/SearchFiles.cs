using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Bantin.Compute.Search;

namespace Bantin.Render.Search;

/// <summary>
/// The index as static JSON files beside the search page (layout in docs/search.md):
/// <c>meta.json</c> (shard keys, facets, and each document's category, unit and year for filtering),
/// <c>terms/N.json</c> (one shard: form → postings) and <c>docs/N.json</c> (what a result shows, in chunks).
/// Keys are written sorted and numbers in invariant form, so two builds of the same site give the same bytes.
/// </summary>
public sealed record SearchFiles(IReadOnlyList<KeyValuePair<string, byte[]>> Files, string Version)
{
    /// <summary>Documents per docs/ file: a page of 10 results downloads at most 10 small files.</summary>
    public const int DocsPerChunk = 10;

    /// <summary>Bumped when the file layout changes, so old cached files are never read with a new script.</summary>
    public const int FormatVersion = 2;

    private static readonly JsonWriterOptions Options = new()
    {
        // Vietnamese stays readable and small; quotes, '<', '>' and '&' are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public static SearchFiles Create(SearchIndex index, SearchFacets facets)
    {
        var files = new List<KeyValuePair<string, byte[]>>();
        var version = Write(index, facets, (path, bytes) => files.Add(new(path, bytes)));
        return new SearchFiles(files, version);
    }

    /// <summary>
    /// Makes the files one at a time, hands each to <paramref name="file"/> as it is made and returns the version (the
    /// same as <see cref="Create"/>'s): a build writes them out without holding every shard's and docs file's bytes
    /// (some 115 MB at 100,000 articles).
    /// </summary>
    public static string Write(SearchIndex index, SearchFacets facets, Action<string, byte[]> file)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string path, byte[] bytes)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(path + "\n"));
            sha.AppendData(bytes);
            file(path, bytes);
        }
        var shards = SearchShards.Split(index);
        Add("meta.json", Meta(index, facets, shards));
        for (var i = 0; i < shards.Count; i++) Add($"terms/{i}.json", Shard(shards[i]));
        for (var start = 0; start < index.Documents.Count; start += DocsPerChunk)
            Add($"docs/{start / DocsPerChunk}.json", Docs(index.Documents.Skip(start).Take(DocsPerChunk)));
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }

    private static byte[] Meta(SearchIndex index, SearchFacets facets, IReadOnlyList<SearchShard> shards) => Json(w =>
    {
        w.WriteStartObject();
        Facets(w, "categories", facets.Categories);
        w.WriteNumber("chunk", DocsPerChunk);
        w.WriteStartObject("docs");
        Column(w, "c", index.Documents.Select(d => d.Category));
        Column(w, "u", index.Documents.Select(d => d.Unit));
        Column(w, "y", index.Documents.Select(d => d.Year));
        w.WriteEndObject();
        w.WriteStartArray("terms");
        foreach (var shard in shards) w.WriteStringValue(shard.Key);
        w.WriteEndArray();
        Facets(w, "units", facets.Units);
        w.WriteNumber("version", FormatVersion);
        w.WriteStartArray("years");
        foreach (var year in facets.Years) w.WriteNumberValue(year);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Facets(Utf8JsonWriter w, string name, IReadOnlyList<SearchFacet> facets)
    {
        w.WriteStartArray(name);
        foreach (var facet in facets)
        {
            w.WriteStartObject();
            w.WriteString("k", facet.Key);
            w.WriteString("n", facet.Name);
            w.WriteNumber("p", facet.Parent);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Column(Utf8JsonWriter w, string name, IEnumerable<int> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteNumberValue(value);
        w.WriteEndArray();
    }

    private static byte[] Shard(SearchShard shard) => Json(w =>
    {
        w.WriteStartObject();
        foreach (var (form, postings) in shard.Entries) w.WriteString(form, postings.Utf8);
        w.WriteEndObject();
    });

    private static byte[] Docs(IEnumerable<SearchDocument> documents) => Json(w =>
    {
        w.WriteStartArray();
        foreach (var doc in documents)
        {
            w.WriteStartObject();
            w.WriteString("d", doc.DateText);
            w.WriteString("t", doc.Title);
            w.WriteString("u", doc.Url);
            w.WriteString("x", doc.Excerpt);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }
}
