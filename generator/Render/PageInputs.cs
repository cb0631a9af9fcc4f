namespace Bantin.Render;

/// <summary>
/// What a page shows besides the site-wide parts, declared where the page is planned, so that a preview rebuild can
/// tell whether the page can have changed. Missing an input here would leave a stale page: the incremental tests
/// compare a rebuild with a full build for that reason.
/// </summary>
/// <param name="Items">The articles and pages whose text, title, date or summary appear on the page, in order.</param>
/// <param name="Data">The figures (or links that exist only with figures) the page shows.</param>
/// <param name="Extra">Other small facts the page shows that lists of items do not capture (totals, page counts).</param>
/// <param name="Wholes">
/// The articles and pages whose whole body the page shows (its own page; the search page's index version), where
/// <paramref name="Items"/> shows only their cards (title, date, lead paragraph).
/// </param>
public sealed record PageInputs(IReadOnlyList<object> Items, DataUse Data, string Extra, IReadOnlyList<object>? Wholes = null)
{
    public static PageInputs AllData { get; } = new([], DataUse.All, "");

    /// <summary>Ends a group of items, so that an item moving from one group to the next (older to newer) changes the key.</summary>
    public static object Gap { get; } = new();

    /// <summary>True when the page shows one of <paramref name="items"/>, as a card or whole.</summary>
    /// <remarks>Asked of every page of the site (some 200,000 items at 10,000 articles) by a preview rebuild: one
    /// edited item, the usual case, is <paramref name="one"/>, compared by reference rather than looked up.</remarks>
    public bool ShowsAny(IReadOnlySet<object> items, object? one = null) =>
        items.Count > 0 && (Among(Items, items, one) || (Wholes is { } wholes && Among(wholes, items, one)));

    private static bool Among(IReadOnlyList<object> list, IReadOnlySet<object> items, object? one)
    {
        for (var i = 0; i < list.Count; i++)
            if (one is not null ? ReferenceEquals(list[i], one) : items.Contains(list[i])) return true;
        return false;
    }
}
