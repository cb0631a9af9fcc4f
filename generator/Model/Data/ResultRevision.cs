using Bantin.Diagnostics;

namespace Bantin.Model.Data;

/// <summary>
/// One correction of a given value: on <paramref name="Date"/> the value became what the next revision (or the
/// file's <c>values:</c>) says; before that it was <paramref name="Earlier"/>.
/// </summary>
/// <param name="Span">Where the indicator's line stands in the revision's <c>values:</c>.</param>
public sealed record ResultRevision(DateOnly Date, Amount Earlier, SourceSpan Span);
