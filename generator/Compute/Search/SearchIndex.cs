namespace Bantin.Compute.Search;

/// <summary>The inverted index: every form (lower case, marks kept) with the documents it is in, in document order.</summary>
public sealed record SearchIndex(
    IReadOnlyList<SearchDocument> Documents,
    IReadOnlyDictionary<string, PostingList> Forms);
