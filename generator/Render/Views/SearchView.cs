namespace Bantin.Render.Views;

/// <summary>
/// <c>page</c> in search.html. <c>data_url</c> is the folder the script fetches the index from (base path included,
/// so the site works from a sub-path) and <c>version</c> changes whenever the index does, so browsers never mix
/// shards of two builds.
/// </summary>
public sealed record SearchView(
    string Kind,
    string Title,
    string Url,
    string Permalink,
    string Description,
    string DataUrl,
    string Version,
    IReadOnlyList<OptionView> Categories,
    IReadOnlyList<OptionView> Units,
    IReadOnlyList<OptionView> Years);
