using Bantin.Model;

namespace Bantin.Compute;

/// <summary>One page of a paginated list.</summary>
public sealed record PageSlice<T>(int Number, int PageCount, int Total, string ListUrl, IReadOnlyList<T> Items)
{
    public string Url => UrlScheme.Paged(ListUrl, Number);
}

public static class Pagination
{
    /// <summary>Splits a list into pages; an empty list still has one (empty) page so its URL exists.</summary>
    public static IEnumerable<PageSlice<T>> Split<T>(IReadOnlyList<T> items, int pageSize, string listUrl)
    {
        var pageCount = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        for (var page = 1; page <= pageCount; page++)
        {
            var slice = items.Skip((page - 1) * pageSize).Take(pageSize).ToList();
            yield return new PageSlice<T>(page, pageCount, items.Count, listUrl, slice);
        }
    }
}
