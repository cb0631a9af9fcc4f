using System.Text;

namespace Bantin.Tests.Incremental;

/// <summary>
/// The three-level site the data-rebuild tests start from: the federation, Lào Cai and Sa Pa; one flow indicator; a
/// term target set for Lào Cai by the federation and a year's target set for Sa Pa by Lào Cai; Sa Pa reporting every
/// month from <c>firstYear</c> to 2017 (the value of 2015-02 is 1502). The tests append their articles.
/// </summary>
internal static class SaPaDataSite
{
    public static StringBuilder Files(int firstYear, string termTarget)
    {
        var files = new StringBuilder($"""
            -- site.yaml --
            title: Công đoàn thử
            base_url: https://example.org/congdoan/
            home_unit: vn
            -- data/units.yaml --
            - id: vn
              name: Tổng Liên đoàn Lao động Việt Nam
              short: TLĐ
            - id: lao-cai
              name: Liên đoàn Lao động tỉnh Lào Cai
              short: LĐLĐ tỉnh Lào Cai
              parent: vn
            - id: sa-pa
              name: Liên đoàn Lao động thị xã Sa Pa
              short: LĐLĐ Sa Pa
              parent: lao-cai
            -- data/indicators.yaml --
            - id: doan-vien-moi
              name: Phát triển đoàn viên mới
              measure: đoàn viên
              kind: flow
            -- data/targets/lao-cai/{termTarget.Replace("..", "-")}-vn.yaml --
            unit: lao-cai
            period: {termTarget}
            set_by: vn
            targets:
              doan-vien-moi: 9000
            -- data/targets/sa-pa/2016-lao-cai.yaml --
            unit: sa-pa
            period: 2016
            set_by: lao-cai
            targets:
              doan-vien-moi: 1200

            """);
        for (var year = firstYear; year <= 2017; year++)
            for (var month = 1; month <= 12; month++)
                files.Append($"-- data/results/sa-pa/{year}-{month:00}.yaml --\nunit: sa-pa\nperiod: {year}-{month:00}\nvalues:\n  doan-vien-moi: {year - 2000}{month:00}\n");
        return files;
    }
}
