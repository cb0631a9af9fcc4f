using Bantin.Model;

namespace Bantin.Compute;

public sealed record Tag(string Name, string Slug, string Url, IReadOnlyList<Article> Articles);
