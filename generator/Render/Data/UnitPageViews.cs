using Bantin.Render.Views;

namespace Bantin.Render.Data;

/// <summary>A month of the period grid: its number, its full name (for screen readers) and its page, if it has one.</summary>
public sealed record PeriodCellView(string Text, string Label, string? Url);

/// <summary>One year of the period grid: twelve month cells and the year's other pages (quarters, halves, the year).</summary>
public sealed record PeriodGridRow(string Year, IReadOnlyList<PeriodCellView> Months, IReadOnlyList<LinkView> Summaries);

/// <summary>A unit's pages by year × month (<paramref name="Other"/>: periods across years, such as a term).</summary>
public sealed record PeriodGridView(IReadOnlyList<PeriodGridRow> Rows, IReadOnlyList<LinkView> Other, bool AnyMonths, bool AnySummaries);

/// <summary>The children ranked by achievement of the year's target, one chart per indicator.</summary>
public sealed record ChildRankingView(string PeriodLabel, IReadOnlyList<ChartView> Charts);
