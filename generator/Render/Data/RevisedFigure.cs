using Bantin.Model.Periods;

namespace Bantin.Render.Data;

/// <summary>
/// A figure an article printed as it stood on its publication date that the data has corrected since: what the note
/// under the article and <c>check</c>'s warning say.
/// </summary>
/// <param name="Span">The figure call in the body (Scriban's position, before the shift to the file's lines).</param>
/// <param name="Call">The call as written: <c>{{ value "doan-vien-moi" }}</c>.</param>
/// <param name="Label">The indicator's name for a single figure; null for a table or chart.</param>
/// <param name="Date">The day of the latest correction that changed what the call prints.</param>
public sealed record RevisedFigure(Scriban.Parsing.SourceSpan Span, string Call, string? Label, string Printed, string Now, string UnitId, Period Period, DateOnly Date);
