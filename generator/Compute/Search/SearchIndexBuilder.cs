namespace Bantin.Compute.Search;

/// <summary>Counts the forms of every document (in parallel) and merges them in document order, so postings come out sorted.</summary>
public static class SearchIndexBuilder
{
    private const int Batch = 256;

    public static SearchIndex Build(IReadOnlyList<SearchDocument> documents, CancellationToken cancel = default)
    {
        // One string per distinct form: thousands of documents share "công", "đoàn", "viên".
        var pool = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var forms = new Dictionary<string, PostingList>(StringComparer.Ordinal);
        // Counted in parallel a batch at a time and merged in document order: the counts of every document at once
        // were about 120 MB at 10,000 articles, a batch's are a few.
        var perDoc = new Dictionary<string, int>?[Math.Min(Batch, documents.Count)];
        for (var first = 0; first < documents.Count; first += Batch)
        {
            var count = Math.Min(Batch, documents.Count - first);
            cancel.ThrowIfCancellationRequested();
            Parallel.For(0, count, i => perDoc[i] = Weights(documents[first + i], pool));
            for (var i = 0; i < count; i++)
            {
                foreach (var (form, weight) in perDoc[i]!)
                {
                    if (!forms.TryGetValue(form, out var list)) forms[form] = list = new PostingList();
                    list.Add(first + i, weight);
                }
                perDoc[i] = null;
            }
        }
        var sorted = new SortedDictionary<string, PostingList>(StringComparer.Ordinal);
        foreach (var (form, list) in forms) sorted[form] = list;
        return new SearchIndex(documents, sorted);
    }

    private static Dictionary<string, int> Weights(SearchDocument document,
        System.Collections.Concurrent.ConcurrentDictionary<string, string> pool)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        // Looked up by span: a string is made only for a form the whole site has not seen yet.
        var byForm = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var shared = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        string Intern(ReadOnlySpan<char> form)
        {
            if (shared.TryGetValue(form, out var known, out _)) return known;
            var text = form.ToString();
            return pool.GetOrAdd(text, text);
        }
        SearchText.EachForm(document.BodyText(), form =>
        {
            if (byForm.TryGetValue(form, out var count)) byForm[form] = Math.Min(Posting.MaxBodyCount, count + 1);
            else counts[Intern(form)] = 1;
        });
        SearchText.EachForm(document.Boosted, form =>
        {
            byForm.TryGetValue(form, out var count);
            if (count < Posting.BoostedWeight)
            {
                if (count == 0) counts[Intern(form)] = Posting.BoostedWeight;
                else byForm[form] = count + Posting.BoostedWeight;
            }
        });
        return counts;
    }
}
