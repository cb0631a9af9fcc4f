namespace Bantin.Incremental;

/// <summary>
/// The versions of one article or page. <see cref="Card"/> moves when what lists show of it can change (its file,
/// the lead paragraph of its body, its images); <see cref="Whole"/> also moves with the rest of its body, which only
/// its own page shows: an edit below the lead paragraph redraws one page, not every list the item is on.
/// </summary>
public readonly record struct ItemVersion(long Card, long Whole);
