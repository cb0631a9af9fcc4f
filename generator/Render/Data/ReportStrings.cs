using Bantin.Formatting;

namespace Bantin.Render.Data;

/// <summary>
/// The words of the report table's columns and marks ("Lũy kế từ đầu năm", "tổng hợp từ 2/3 đơn vị"), in the site
/// language. Kept apart from <see cref="UiStrings"/>: templates read them as <c>table.strings</c> only where needed.
/// </summary>
public sealed record ReportStrings(
    string YearTarget,
    string ThisPeriod,
    string ToDate,
    string YearAchievement,
    string LastYear,
    string Change,
    string Up,
    string Down,
    string Same,
    string Points,
    string ShareFormat,
    string DerivedNote,
    string DownloadCsv,
    string DownloadJson,
    string AboveTarget,
    string BelowTarget,
    string OfTotal,
    string RateColumn,
    string SetBy,
    string TargetPeriod,
    string Notes)
{
    public static readonly ReportStrings Vietnamese = new(
        YearTarget: "Kế hoạch năm",
        ThisPeriod: "Thực hiện kỳ này",
        ToDate: "Lũy kế từ đầu năm",
        YearAchievement: "% kế hoạch năm",
        LastYear: "Cùng kỳ năm trước",
        Change: "So với cùng kỳ",
        Up: "tăng",
        Down: "giảm",
        Same: "bằng cùng kỳ",
        Points: "điểm %",
        ShareFormat: "tổng hợp từ {0}/{1} đơn vị",
        DerivedNote: "Kỳ này không có báo cáo riêng: số liệu được tính từ các kỳ báo cáo ngắn hơn và các đơn vị trực thuộc.",
        DownloadCsv: "Tải bảng số liệu (CSV)",
        DownloadJson: "Tải chuỗi số liệu của đơn vị (JSON)",
        AboveTarget: "cao hơn kế hoạch",
        BelowTarget: "thấp hơn kế hoạch",
        OfTotal: "Trên tổng số",
        RateColumn: "Tỷ lệ (%)",
        SetBy: "Đơn vị giao",
        TargetPeriod: "Kỳ kế hoạch",
        Notes: "Ghi chú");

    public static readonly ReportStrings English = new(
        YearTarget: "Year's target",
        ThisPeriod: "This period",
        ToDate: "Year to date",
        YearAchievement: "% of year's target",
        LastYear: "Same period last year",
        Change: "Change",
        Up: "up",
        Down: "down",
        Same: "unchanged",
        Points: "points",
        ShareFormat: "summed from {0} of {1} units",
        DerivedNote: "No report was given for this period: its figures are computed from shorter periods and from sub-units.",
        DownloadCsv: "Download the table (CSV)",
        DownloadJson: "Download the unit's series (JSON)",
        AboveTarget: "above target",
        BelowTarget: "below target",
        OfTotal: "Out of",
        RateColumn: "Rate (%)",
        SetBy: "Set by",
        TargetPeriod: "Target period",
        Notes: "Notes");

    public static ReportStrings For(Language language) => language == Language.En ? English : Vietnamese;

    /// <summary>"tổng hợp từ 2/3 đơn vị".</summary>
    public string Share(int reported, int expected) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, ShareFormat, reported, expected);
}
