using Bantin.Model;
using Bantin.Sources;

namespace Bantin.Compute;

public sealed record Archives(IReadOnlyList<Archive> Years, IReadOnlyList<Archive> Months)
{
    /// <param name="articles">Newest first; archives keep that order and are themselves newest first.</param>
    public static Archives Build(IReadOnlyList<Article> articles, TimeZoneInfo zone)
    {
        var years = new SortedDictionary<int, List<Article>>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        var months = new SortedDictionary<(int, int), List<Article>>(Comparer<(int, int)>.Create((a, b) => b.CompareTo(a)));
        foreach (var article in articles)
        {
            var local = DateReader.Local(article.Date, zone);
            (years.TryGetValue(local.Year, out var y) ? y : years[local.Year] = []).Add(article);
            var key = (local.Year, local.Month);
            (months.TryGetValue(key, out var m) ? m : months[key] = []).Add(article);
        }
        return new Archives(
            years.Select(kv => new Archive(kv.Key, null, UrlScheme.ForYear(kv.Key), kv.Value)).ToList(),
            months.Select(kv => new Archive(kv.Key.Item1, kv.Key.Item2, UrlScheme.ForMonth(kv.Key.Item1, kv.Key.Item2), kv.Value)).ToList());
    }
}
