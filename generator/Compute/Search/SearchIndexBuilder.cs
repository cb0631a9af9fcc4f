namespace Bantin.Compute.Search;

/// <summary>Counts the forms of every document (in parallel) and merges them in document order, so postings come out sorted.</summary>
public static class SearchIndexBuilder
{
    public static SearchIndex Build(IReadOnlyList<SearchDocument> documents)
    {
        var perDoc = new Dictionary<string, int>[documents.Count];
        Parallel.For(0, documents.Count, i => perDoc[i] = Weights(documents[i]));

        var forms = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var doc = 0; doc < perDoc.Length; doc++)
        {
            foreach (var (form, weight) in perDoc[doc])
            {
                if (!forms.TryGetValue(form, out var list)) forms[form] = list = [];
                list.Add(new Posting(doc, weight));
            }
        }
        var sorted = new SortedDictionary<string, IReadOnlyList<Posting>>(StringComparer.Ordinal);
        foreach (var (form, list) in forms) sorted[form] = list;
        return new SearchIndex(documents, sorted);
    }

    private static Dictionary<string, int> Weights(SearchDocument document)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var form in SearchText.Forms(document.Body))
            counts[form] = Math.Min(Posting.MaxBodyCount, counts.GetValueOrDefault(form) + 1);
        foreach (var form in SearchText.Forms(document.Boosted))
        {
            var count = counts.GetValueOrDefault(form);
            if (count < Posting.BoostedWeight) counts[form] = count + Posting.BoostedWeight;
        }
        return counts;
    }
}
