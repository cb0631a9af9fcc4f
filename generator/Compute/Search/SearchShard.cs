namespace Bantin.Compute.Search;

/// <summary>
/// One file of the term index: every form whose folded key starts with <see cref="Key"/>. A query word downloads
/// exactly one shard (the one with the longest key that begins the word), never the whole index.
/// </summary>
/// <param name="Entries">Form → posting list (written as <see cref="SearchShards.Encode"/> does), in form order.</param>
/// <param name="Bytes">About the size of the shard's JSON, used to decide splits.</param>
public sealed record SearchShard(string Key, IReadOnlyList<KeyValuePair<string, PostingList>> Entries, long Bytes);
