using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Sources.Data;
using Bantin.Tests.Support;

namespace Bantin.Tests.Data;

/// <summary>Loads a data/ folder written from <c>-- path --</c> sections, for loader tests.</summary>
public static class DataTestSite
{
    /// <summary>Units and indicators that the results and targets of a test can refer to.</summary>
    public const string Catalog = """
        -- data/units.yaml --
        - id: vn
          name: Tổng Liên đoàn Lao động Việt Nam
          short: TLĐ
        - id: lao-cai
          name: Liên đoàn Lao động tỉnh Lào Cai
          parent: vn
        -- data/indicators.yaml --
        - id: doan-vien-moi
          name: Phát triển đoàn viên mới
          measure: đoàn viên
          kind: flow
        - id: tong-doan-vien
          name: Tổng số đoàn viên
          measure: người
          kind: stock
          breakdown: khoi
        - id: hoi-nghi-cbccvc
          name: Đơn vị tổ chức Hội nghị CBCCVC
          measure: đơn vị
          kind: ratio
        - id: ho-tro-mai-am
          name: Hỗ trợ từ quỹ Mái ấm Công đoàn
          measure: triệu đồng
          kind: flow
        - id: thu-kpcd
          name: Thu kinh phí công đoàn
          measure: "%"
          kind: rate

        """;

    public static (DataSet Data, IReadOnlyList<Diagnostic> Diagnostics) Load(string files, Language language = Language.Vi)
    {
        using var site = TestSite.From(files);
        var bag = new DiagnosticBag(new Messages(language));
        var data = DataLoader.Load(site.Root, bag);
        return (data, bag.Sorted());
    }

    /// <summary>The catalog plus one results file, data/results/lao-cai/2017.yaml, with these lines.</summary>
    public static (DataSet Data, IReadOnlyList<Diagnostic> Diagnostics) Results(string yaml) =>
        Load(Catalog + "-- data/results/lao-cai/2017.yaml --\n" + yaml);

    /// <summary>The only diagnostic, checked as <c>file:line:col: error: message</c>.</summary>
    public static Diagnostic Only(IReadOnlyList<Diagnostic> diagnostics, string line)
    {
        var d = Assert.Single(diagnostics);
        Assert.Equal(line, d.ToLine());
        return d;
    }
}
