namespace Bantin.Bench.Hugo;

/// <summary>One article of a corpus as the converter reads it back: front-matter fields and the Markdown body.</summary>
public sealed record CorpusArticle(
    string SourcePath,
    string Title,
    string Date,
    string? Author,
    string? Category,
    IReadOnlyList<string> Tags,
    string? Unit,
    string? Period,
    string Slug,
    string Body);
