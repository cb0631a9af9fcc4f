using Bantin.Diagnostics;
using Bantin.Tests.Support;

namespace Bantin.Tests.Checks;

/// <summary>The seed articles' real slips are found on the example site, and nothing else is said about their figures.</summary>
public sealed class ExampleSiteProseTests
{
    [Fact]
    public void Check_on_the_example_site_reports_the_Lao_Cai_period_and_the_Cao_Bang_parts_and_nothing_else()
    {
        var result = new SiteBuilder().Build(new BuildOptions(Repo.Root, BuildTime: TestSite.BuildTime.AddYears(2), CheckOnly: true));
        Assert.True(result.Succeeded);
        Assert.Equal(
            [
                "content/tin-tuc/2017/phat-trien-doan-vien-5-thang-2017.md:20:499: warning: \"6 tháng đầu năm 2017\" là kỳ 2017-01..2017-06, " +
                "nhưng số liệu đi sau là của kỳ 2017-01..2017-05 (period: của bài, như tiêu đề \"5 tháng đầu năm 2017\").",
                "content/tin-tuc/2019/ket-qua-thang-4-2019.md:19:564: warning: Các số trong ngoặc \"(10 đơn vị tạm thời ngừng hoạt động và 10 đơn vị " +
                "không tổ chức Hội nghị NLĐ)\" cộng lại 10 + 10 = 20, không khớp với số đứng trước (hoi-nghi-nld-dnnn 4/4, 4 − 4 = 0); " +
                "trong đoạn: 812 − 790 = 22 (hoi-nghi-cbccvc); 53 − 40 = 13 (hoi-nghi-nld).",
            ],
            result.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => d.ToLine()));
    }
}
