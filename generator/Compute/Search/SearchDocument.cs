namespace Bantin.Compute.Search;

/// <summary>
/// One searchable item (an article or a standalone page). <see cref="Body"/> is what the index builder's text
/// function reads (the site passes the body's HTML); the other texts are plain already.
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
    string Body,
    int Category,
    int Unit,
    int Year);
