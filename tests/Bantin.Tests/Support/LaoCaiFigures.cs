namespace Bantin.Tests.Support;

/// <summary>
/// A small data set for figure-call tests, as <see cref="TestSite.From"/> sections: TLĐ and Lào Cai, two flow
/// indicators, and Lào Cai's first five months of 2017 (1.128 new members, 12 new grassroots unions).
/// </summary>
public static class LaoCaiFigures
{
    public const string Files = """
        -- data/units.yaml --
        - id: vn
          name: Tổng Liên đoàn Lao động Việt Nam
        - id: lao-cai
          name: Liên đoàn Lao động tỉnh Lào Cai
          parent: vn
        -- data/indicators.yaml --
        - id: doan-vien-moi
          name: Phát triển đoàn viên mới
          measure: đoàn viên
          kind: flow
        - id: cdcs-moi
          name: Thành lập công đoàn cơ sở mới
          measure: CĐCS
          kind: flow
        -- data/results/lao-cai/2017-01..2017-05.yaml --
        unit: lao-cai
        period: 2017-01..2017-05
        values:
          doan-vien-moi: 1128
          cdcs-moi: 12

        """;
}
