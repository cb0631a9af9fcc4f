namespace Bantin.Compute.Search;

/// <summary>
/// One searchable item (an article or a standalone page). Its texts are plain; the body's is made only when the
/// document is counted (<see cref="BodyText"/>), so one batch of plain bodies lives at a time, not every one of them.
/// <paramref name="Url"/> is relative to the site root, so the index works under any base path.
/// </summary>
/// <param name="Boosted">Title and tags: a word found here weighs more than one in the body.</param>
/// <param name="Category">Index into the facet list of categories, or -1.</param>
/// <param name="Unit">Index into the facet list of units, or -1.</param>
/// <param name="Year">Index into the facet list of years, or -1 (pages have no date).</param>
public sealed record SearchDocument(
    string Title,
    string Url,
    string DateText,
    string Excerpt,
    string Boosted,
    Func<string> BodyText,
    int Category,
    int Unit,
    int Year);
