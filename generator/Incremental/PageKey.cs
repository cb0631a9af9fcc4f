using Bantin.Render;

namespace Bantin.Incremental;

/// <summary>
/// Everything a page's HTML is made from, as versions: if two builds give a page the same key, its HTML is the same,
/// so a rebuild skips it.
/// </summary>
/// <param name="Site">The site-wide inputs: templates, site.yaml, navigation, categories, tags, archives.</param>
/// <param name="Data">The data version when the page shows figures, else 0.</param>
/// <param name="Extra">Small facts of the page itself, such as a list's total and page count.</param>
/// <param name="Items">Card versions of the articles and pages it shows, in order.</param>
/// <param name="Wholes">Whole-body versions of the items whose whole body it shows (an article's own page, the search page).</param>
public sealed record PageKey(long Site, string Template, long Data, string Extra, long[] Items, long[] Wholes)
{
    public static PageKey Of(PageJob job, long site, IReadOnlyDictionary<object, ItemVersion> versions, DataVersions data)
    {
        var inputs = job.Inputs;
        var items = inputs.Items.Count == 0 ? [] : new long[inputs.Items.Count];
        for (var i = 0; i < items.Length; i++) items[i] = versions.GetValueOrDefault(inputs.Items[i]).Card;
        var wholes = inputs.Wholes is { Count: > 0 } shown ? new long[shown.Count] : [];
        for (var i = 0; i < wholes.Length; i++) wholes[i] = versions.GetValueOrDefault(inputs.Wholes![i]).Whole;
        return new PageKey(site, job.Template, data.Of(inputs.Data), inputs.Extra, items, wholes);
    }

    public bool Equals(PageKey? other) =>
        other is not null && Site == other.Site && Data == other.Data
        && string.Equals(Template, other.Template, StringComparison.Ordinal)
        && string.Equals(Extra, other.Extra, StringComparison.Ordinal)
        && Items.AsSpan().SequenceEqual(other.Items)
        && Wholes.AsSpan().SequenceEqual(other.Wholes);

    public override int GetHashCode() => HashCode.Combine(Site, Template, Data, Extra, Items.Length);
}
