using Bantin.Tests.Support;

namespace Bantin.Tests.Import;

/// <summary>The site the import tests fill: a province, three districts, and one indicator of each kind.</summary>
internal static class ImportSite
{
    public static TestSite Create() => TestSite.From("""
        -- data/units.yaml --
        - id: vn
          name: Tổng Liên đoàn Lao động Việt Nam
          short: TLĐ
        - id: cao-bang
          name: Liên đoàn Lao động tỉnh Cao Bằng
          short: LĐLĐ tỉnh Cao Bằng
          parent: vn
        - id: cao-bang/hoa-an
          name: Liên đoàn Lao động huyện Hòa An
          short: LĐLĐ huyện Hòa An
          parent: cao-bang
        - id: cao-bang/ha-quang
          name: Liên đoàn Lao động huyện Hà Quảng
          short: LĐLĐ huyện Hà Quảng
          parent: cao-bang
        - id: cao-bang/bao-lac
          name: Liên đoàn Lao động huyện Bảo Lạc
          short: LĐLĐ huyện Bảo Lạc
          parent: cao-bang
        -- data/indicators.yaml --
        - id: doan-vien-moi
          name: Phát triển đoàn viên mới
          measure: đoàn viên
          kind: flow
        - id: hoi-nghi-cbccvc
          name: Đơn vị tổ chức Hội nghị CBCCVC
          measure: đơn vị
          kind: ratio
        - id: tong-doan-vien
          name: Tổng số đoàn viên
          measure: người
          kind: stock
          breakdown: khoi
        - id: ho-tro-mai-am
          name: Hỗ trợ từ quỹ Mái ấm Công đoàn
          measure: triệu đồng
          kind: flow
        - id: thu-kpcd
          name: Thu kinh phí công đoàn
          measure: "%"
          kind: rate
        -- data/results/cao-bang/2024-04.yaml --
        # Tháng trước: cho biết các khối của tổng số đoàn viên.
        unit: cao-bang
        period: 2024-04
        values:
          tong-doan-vien: { total: 100, by: { khoi-hcsn: 60, khoi-dn: 40 } }
        """);

    /// <summary>Every file under data/, with its bytes, to show that nothing was written.</summary>
    public static Dictionary<string, byte[]> Snapshot(TestSite site) =>
        Directory.GetFiles(Path.Combine(site.Root, "data"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/'), File.ReadAllBytes);

    public static void AssertSame(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after)
    {
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
    }
}
