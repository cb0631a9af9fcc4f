namespace Bantin.Compute.Search;

/// <summary>
/// Splits the index by the first letters of the folded key, as Pagefind does: "đoàn", "doanh" and "Đoan" all live
/// in shard "do". A shard bigger than <see cref="SplitAbove"/> is split again on the next letter, so the common
/// Vietnamese beginnings ("ng", "th", "co") stay small enough for a query to download only what it needs.
/// </summary>
public static class SearchShards
{
    public const int FirstKeyLength = 2;

    /// <summary>Bytes of JSON above which a shard is split (when its words are longer than its key).</summary>
    public const long SplitAbove = 64 * 1024;

    public static IReadOnlyList<SearchShard> Split(SearchIndex index)
    {
        // The posting lists stay as they were made: their text is written into each shard's file as that file is made,
        // never as strings of every form at once (some 70 MB at 100,000 articles).
        var entries = index.Forms
            .Select(f => new Entry(SearchText.Key(f.Key), f.Key, f.Value))
            .ToList();
        var shards = new List<SearchShard>();
        foreach (var group in entries.GroupBy(e => Prefix(e.Key, FirstKeyLength)))
            SplitGroup(group.Key, group.ToList(), shards);
        shards.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return shards;
    }

    /// <summary>
    /// Postings as text: one number per document, the gap from the previous document × 16 + the weight, written in
    /// base 32 with the most significant digit first. A digit is a character of <see cref="Digits"/>: the first 32 end
    /// a number, the last 32 say more digits follow. A word found in most documents costs about one byte per document.
    /// </summary>
    public static string Encode(IReadOnlyList<Posting> postings)
    {
        var list = new PostingList();
        foreach (var posting in postings) list.Add(posting.Doc, posting.Weight);
        return list.Text;
    }

    /// <summary>64 characters that JSON strings hold without escapes (the same list is in assets/search.js).</summary>
    public const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    private static void SplitGroup(string key, List<Entry> entries, List<SearchShard> shards)
    {
        var bytes = entries.Sum(e => e.Bytes);
        var longer = entries.Where(e => e.Key.Length > key.Length).ToList();
        if (bytes <= SplitAbove || longer.Count == 0)
        {
            shards.Add(Shard(key, entries, bytes));
            return;
        }
        var exact = entries.Where(e => e.Key.Length == key.Length).ToList();
        if (exact.Count > 0) shards.Add(Shard(key, exact, exact.Sum(e => e.Bytes)));
        foreach (var group in longer.GroupBy(e => Prefix(e.Key, key.Length + 1)))
            SplitGroup(group.Key, group.ToList(), shards);
    }

    private static SearchShard Shard(string key, List<Entry> entries, long bytes) =>
        new(key, entries.OrderBy(e => e.Form, StringComparer.Ordinal).Select(e => KeyValuePair.Create(e.Form, e.Postings)).ToList(), bytes);

    private static string Prefix(string key, int length) => key.Length <= length ? key : key[..length];

    private sealed record Entry(string Key, string Form, PostingList Postings)
    {
        public long Bytes { get; } = System.Text.Encoding.UTF8.GetByteCount(Form) + 6 + Postings.Utf8.Length;
    }
}
