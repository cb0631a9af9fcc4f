namespace Bantin.Render.Charts;

/// <summary>The words of unit pages' charts and period grid (<c>t.charts.*</c> in templates).</summary>
public sealed record ChartStrings(
    string Trends,
    string Year,
    string Summaries,
    string OtherPeriods,
    string Ranking,
    string PercentOfYearTarget,
    string LatestFigures,
    string ChildrenCompared)
{
    public static readonly ChartStrings Vietnamese = new(
        Trends: "Diễn biến các chỉ tiêu",
        Year: "Năm",
        Summaries: "Quý, 6 tháng, năm",
        OtherPeriods: "Kỳ báo cáo khác",
        Ranking: "Mức đạt kế hoạch của các đơn vị trực thuộc",
        PercentOfYearTarget: "% kế hoạch năm",
        LatestFigures: "Số liệu mới nhất",
        ChildrenCompared: "các đơn vị trực thuộc");

    public static readonly ChartStrings English = new(
        Trends: "Trends",
        Year: "Year",
        Summaries: "Quarters, halves, year",
        OtherPeriods: "Other periods",
        Ranking: "Sub-units against their targets",
        PercentOfYearTarget: "% of the year's target",
        LatestFigures: "Latest figures",
        ChildrenCompared: "sub-units");
}
