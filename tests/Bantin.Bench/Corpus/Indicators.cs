using System.Collections.Immutable;

namespace Bantin.Bench.Corpus;

/// <summary>The corpus's 20 indicators, <c>chi-tieu-1</c> … <c>chi-tieu-20</c>: flows, stocks and ratios.</summary>
public static class Indicators
{
    public const string Members = "đoàn viên";
    public const string Unions = "CĐCS";
    public const string Units = "đơn vị";
    public const string Money = "triệu đồng";

    public static ImmutableArray<IndicatorSpec> All { get; } =
    [
        new("chi-tieu-1", "Phát triển đoàn viên mới", Members, IndicatorKind.Flow, 40),
        new("chi-tieu-2", "Thành lập công đoàn cơ sở mới", Unions, IndicatorKind.Flow, 2),
        new("chi-tieu-3", "Tổng số đoàn viên", Members, IndicatorKind.Stock, 6000),
        new("chi-tieu-4", "Tổng số công đoàn cơ sở", Unions, IndicatorKind.Stock, 120),
        new("chi-tieu-5", "Đơn vị tổ chức Hội nghị cán bộ, công chức, viên chức", Units, IndicatorKind.Ratio, 90),
        new("chi-tieu-6", "Doanh nghiệp tổ chức Hội nghị người lao động", Units, IndicatorKind.Ratio, 60),
        new("chi-tieu-7", "Doanh nghiệp ký thỏa ước lao động tập thể", Units, IndicatorKind.Ratio, 60),
        new("chi-tieu-8", "Hỗ trợ từ quỹ Mái ấm Công đoàn", Money, IndicatorKind.Flow, 80),
        new("chi-tieu-9", "Thu kinh phí công đoàn", Money, IndicatorKind.Flow, 450),
        new("chi-tieu-10", "Thu đoàn phí công đoàn", Money, IndicatorKind.Flow, 120),
        new("chi-tieu-11", "Chi thăm hỏi đoàn viên ốm đau, khó khăn", Money, IndicatorKind.Flow, 35),
        new("chi-tieu-12", "Đoàn viên được tuyên truyền, phổ biến pháp luật", Members, IndicatorKind.Flow, 900),
        new("chi-tieu-13", "Công đoàn cơ sở đạt tiêu chuẩn vững mạnh", Unions, IndicatorKind.Ratio, 120),
        new("chi-tieu-14", "Đoàn viên ưu tú được giới thiệu kết nạp Đảng", Members, IndicatorKind.Flow, 6),
        new("chi-tieu-15", "Đơn vị đạt chuẩn văn hóa", Units, IndicatorKind.Stock, 70),
        new("chi-tieu-16", "Đoàn viên được khám sức khỏe định kỳ", Members, IndicatorKind.Flow, 300),
        new("chi-tieu-17", "Doanh nghiệp được kiểm tra, giám sát chính sách lao động", Units, IndicatorKind.Flow, 5),
        new("chi-tieu-18", "Đoàn viên được hỗ trợ khi gặp khó khăn", Members, IndicatorKind.Flow, 25),
        new("chi-tieu-19", "Quỹ Xã hội huy động được", Money, IndicatorKind.Flow, 60),
        new("chi-tieu-20", "Cán bộ công đoàn được tập huấn", Members, IndicatorKind.Flow, 30),
    ];
}
