using Bantin.Model;

namespace Bantin.Compute;

/// <summary>The articles of one month (Month set) or one year, by local date in the site's zone.</summary>
public sealed record Archive(int Year, int? Month, string Url, IReadOnlyList<Article> Articles);
