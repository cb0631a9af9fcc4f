using Bantin.Formatting;
using Bantin.Render.Views;

namespace Bantin.Render.Data;

/// <summary>A target as the results table shows it: "1.500 (TLĐ giao)" and how far the result got.</summary>
public sealed record TargetView(string ValueText, string? SetBy, string? SetByUrl, string PeriodLabel, string AchievementText, bool Partial);

/// <summary>One line of a "chỉ tiêu" listing: indicator, targets with who set them, result, achievement.</summary>
public sealed record ResultRowView(
    string Indicator,
    string IndicatorUrl,
    string Measure,
    string ResultText,
    string? RateText,
    bool Computed,
    bool Reported,
    IReadOnlyList<TargetView> Targets,
    IReadOnlyList<BreakdownView> Breakdown)
{
    /// <summary>January to the period's end ("lũy kế từ đầu năm"), "—" when not known; null when the period starts in January.</summary>
    public string? ToDateText { get; init; }

    /// <summary>The same period a year earlier, "—" when not reported.</summary>
    public string? LastYearText { get; init; }

    /// <summary>"tăng 12,5%"; for a ratio or rate "tăng 2,5 điểm %"; null when either side is missing.</summary>
    public string? ChangeText { get; init; }

    /// <summary>"tổng hợp từ 2/3 đơn vị" when the result is summed over fewer child units than report the indicator.</summary>
    public string? ShareText { get; init; }

    /// <summary>"sơ bộ" or "đã điều chỉnh ngày 10/06/2019, trước đó: 72" (report tables on data pages only); null otherwise.</summary>
    public string? RevisionText { get; init; }
}

public sealed record BreakdownView(string Name, string ValueText);

/// <summary>What partials/results-table.html draws: <c>html</c> is the whole table, ready-made (<see cref="ResultsTableHtml"/>).</summary>
public sealed record ResultsTableView(string Caption, IReadOnlyList<ResultRowView> Rows, bool AnyComputed)
{
    // The table's HTML is made when a template asks for it: a unit × period page written in C# appends it to the page
    // instead (WriteHtml), and a 15,000-character string per page was half of what its view allocated.
    private readonly Action<PooledText>? _write;
    private string? _html;

    public ResultsTableView(string caption, IReadOnlyList<ResultRowView> rows, bool anyComputed, string html) : this(caption, rows, anyComputed)
    {
        _html = html;
    }

    /// <param name="write">Appends the table's HTML; <paramref name="capacity"/> is a buffer size that holds it.</param>
    public ResultsTableView(string caption, IReadOnlyList<ResultRowView> rows, bool anyComputed, Action<PooledText> write, int capacity)
        : this(caption, rows, anyComputed)
    {
        _write = write;
        Capacity = capacity;
    }

    /// <summary>The whole table as HTML.</summary>
    public string Html => _html ??= Made();

    /// <summary>A buffer size that holds <see cref="Html"/> without growing.</summary>
    internal int Capacity { get; } = 1024;

    /// <summary>Appends <see cref="Html"/> to <paramref name="sb"/>, without making it a string when it is not one yet.</summary>
    internal void WriteHtml(PooledText sb)
    {
        if (_html is not null || _write is null) sb.Append(Html);
        else _write(sb);
    }

    private string Made()
    {
        if (_write is null) return "";
        using var sb = new PooledText(Capacity);
        _write(sb);
        return sb.ToString();
    }

    /// <summary>The table as CSV and the unit's series as JSON, linked under the table; null for tables in prose.</summary>
    public string? CsvUrl { get; init; }

    public string? JsonUrl { get; init; }
}

/// <summary>A row of a chart's table; <paramref name="Values"/> holds one value per series when the chart has several.</summary>
public sealed record ChartRowView(string Label, string ValueText, IReadOnlyList<string>? Values = null);

/// <summary>What partials/chart.html draws: the SVG and the same numbers as a table (<paramref name="Columns"/>: the
/// series' names when there are several).</summary>
public sealed record ChartView(string Id, string Title, string Svg, IReadOnlyList<ChartRowView> Rows, IReadOnlyList<string>? Columns = null)
{
    /// <summary>The whole figure block written by Bantin (<see cref="ChartHtml"/>), which the default partial prints; null
    /// where it was not written (the partial then draws it from the fields).</summary>
    public string? Html { get; init; }
}

/// <summary>A headline figure on the home or unit page.</summary>
public sealed record HeadlineView(string Indicator, string IndicatorUrl, string ValueText, string PeriodLabel, string PeriodUrl, string? AchievementText, bool Computed);

/// <summary><c>page</c> in unit.html.</summary>
public sealed record UnitView(
    string Kind,
    string Title,
    string Url,
    string Permalink,
    string Description,
    IReadOnlyList<LinkView> Breadcrumb,
    LinkView? Parent,
    IReadOnlyList<LinkView> Children,
    ResultsTableView? Latest,
    LinkView? LatestPeriod,
    IReadOnlyList<LinkView> Periods,
    ChildComparisonView? ChildFigures,
    IReadOnlyList<ArticleCardView> Articles,
    IReadOnlyList<ChartView> Trends,
    PeriodGridView? PeriodGrid,
    ChildRankingView? ChildRanking);

/// <summary>Children's figures side by side for one period.</summary>
public sealed record ChildComparisonView(string PeriodLabel, IReadOnlyList<LinkView> Units, IReadOnlyList<ChildComparisonRow> Rows);

public sealed record ChildComparisonRow(string Indicator, string IndicatorUrl, IReadOnlyList<string> Values);

/// <summary><c>page</c> in unit-period.html.</summary>
public sealed record UnitPeriodView(
    string Kind,
    string Title,
    string Url,
    string Permalink,
    string Description,
    IReadOnlyList<LinkView> Breadcrumb,
    ResultsTableView Table,
    IReadOnlyList<ArticleCardView> Articles,
    LinkView? Previous,
    LinkView? Next,
    ChildComparisonView? ChildFigures)
{
    /// <summary>Why the page's figures are all computed, on a page derived from shorter periods (a year from its months).</summary>
    public string? Note { get; init; }
}

/// <summary><c>page</c> in indicator.html.</summary>
public sealed record IndicatorView(
    string Kind,
    string Title,
    string Url,
    string Permalink,
    string Description,
    string KindText,
    string Measure,
    ChartView? Chart,
    IReadOnlyList<IndicatorUnitRow> Units,
    ChartView? Comparison,
    bool AnyComputed);

public sealed record IndicatorUnitRow(string Unit, string UnitUrl, string PeriodLabel, string PeriodUrl, string ValueText, string? AchievementText, bool Computed);
