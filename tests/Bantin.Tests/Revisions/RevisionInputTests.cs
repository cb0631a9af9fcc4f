using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Sources.Data;
using Bantin.Tests.Data;
using Bantin.Tests.Support;

namespace Bantin.Tests.Revisions;

/// <summary>Bad status: and revisions: lines in a results file: one diagnostic each, at its place, in Vietnamese.</summary>
public sealed class RevisionInputTests
{
    private static readonly DateOnly Today = new(2025, 1, 1);

    private static IReadOnlyList<Diagnostic> Load(string lines)
    {
        using var site = TestSite.From(DataTestSite.Catalog + "-- data/results/lao-cai/2019-04.yaml --\nunit: lao-cai\nperiod: 2019-04\n" + lines);
        var bag = new DiagnosticBag(new Messages(Language.Vi));
        DataLoader.Load(site.Root, bag, today: Today);
        return bag.Sorted();
    }

    [Theory]
    [InlineData("status: sơ bộ\nvalues: { doan-vien-moi: 75 }",
        "data/results/lao-cai/2019-04.yaml:3:9: error: Trạng thái 'sơ bộ' không hợp lệ.", "'status: provisional'")]
    [InlineData("status: provisonal\nvalues: { doan-vien-moi: 75 }",
        "data/results/lao-cai/2019-04.yaml:3:9: error: Trạng thái 'provisonal' không hợp lệ.", "Có phải ý bạn là 'status: provisional'?")]
    [InlineData("values: { doan-vien-moi: 75 }\nrevisions:\n  - date: 10/06/2019\n    values: { doan-vien-moi: 72 }",
        "data/results/lao-cai/2019-04.yaml:5:11: error: Ngày điều chỉnh '10/06/2019' không đúng dạng năm-tháng-ngày.", "date: 2019-06-10")]
    [InlineData("values: { doan-vien-moi: 75 }\nrevisions:\n  - date: 2019-02-30\n    values: { doan-vien-moi: 72 }",
        "data/results/lao-cai/2019-04.yaml:5:11: error: Ngày điều chỉnh '2019-02-30' không đúng dạng năm-tháng-ngày.", "2019-06-10")]
    [InlineData("values: { doan-vien-moi: 75 }\nrevisions:\n  - date: 2025-03-01\n    values: { doan-vien-moi: 72 }",
        "data/results/lao-cai/2019-04.yaml:5:11: error: Ngày điều chỉnh 2025-03-01 ở sau ngày dựng trang (2025-01-01).", "ngày nhận được")]
    [InlineData("values: { doan-vien-moi: 75 }\nrevisions:\n  - date: 2019-03-20\n    values: { doan-vien-moi: 72 }",
        "data/results/lao-cai/2019-04.yaml:5:11: error: Ngày điều chỉnh 2019-03-20 ở trước kỳ báo cáo 2019-04: số liệu chưa thể có trước khi kỳ bắt đầu.", "Sửa lại ngày")]
    [InlineData("values: { doan-vien-moi: 75 }\nrevisions:\n  - date: 2019-06-10\n    values: { doan-vien-moi: 72 }\n  - date: 2019-06-10\n    values: { doan-vien-moi: 70 }",
        "data/results/lao-cai/2019-04.yaml:7:11: error: Hai lần điều chỉnh cùng ngày 2019-06-10 (lần đầu ở data/results/lao-cai/2019-04.yaml:5:11).", "Gộp hai lần")]
    [InlineData("values: { doan-vien-moi: 75 }\nrevisions:\n  - date: 2019-06-10\n    values: { doan-vien-mo: 72 }",
        "data/results/lao-cai/2019-04.yaml:6:15: error: Không có chỉ tiêu 'doan-vien-mo' trong data/indicators.yaml.", "doan-vien-moi")]
    [InlineData("values: { doan-vien-moi: 75 }\nrevisions:\n  - date: 2019-06-10\n    values: { ho-tro-mai-am: 100 }",
        "data/results/lao-cai/2019-04.yaml:6:15: error: Lần điều chỉnh ghi số cũ của 'ho-tro-mai-am', nhưng 'values:' của tệp không có chỉ tiêu này.", "Thêm số hiện hành")]
    [InlineData("values: { doan-vien-moi: 75 }\nrevisions:\n  - values: { doan-vien-moi: 72 }",
        "data/results/lao-cai/2019-04.yaml:5:5: error: Thiếu 'date'.", "date: 2019-06-10")]
    [InlineData("values: { doan-vien-moi: 75 }\nrevisions:\n  - date: 2019-06-10",
        "data/results/lao-cai/2019-04.yaml:5:5: error: Thiếu 'values'.", "values: { doan-vien-moi: 72 }")]
    [InlineData("values: { doan-vien-moi: 75 }\nrevisions:\n  date: 2019-06-10",
        "data/results/lao-cai/2019-04.yaml:5:3: error: 'revisions' phải là một danh sách lần điều chỉnh, mỗi lần bắt đầu bằng '- date:'.", "- { date: 2019-06-10")]
    [InlineData("values: { doan-vien-moi: 75 }\nrevisions:\n  - date: 2019-06-10\n    values: { doan-vien-moi: 75 }",
        "data/results/lao-cai/2019-04.yaml:6:15: warning: Lần điều chỉnh ngày 2019-06-10 ghi số cũ của 'doan-vien-moi' bằng đúng số sau đó: không có gì được điều chỉnh.", "Xóa dòng này")]
    public void A_bad_line_is_reported_at_its_place_with_a_fix(string lines, string expected, string fix)
    {
        var diagnostic = Assert.Single(Load(lines));
        Assert.Equal(expected, diagnostic.ToLine());
        Assert.Contains(fix, diagnostic.Fix);
    }

    [Fact]
    public void A_correct_file_loads_its_revisions_oldest_first_and_its_status()
    {
        using var site = TestSite.From(DataTestSite.Catalog + """
            -- data/results/lao-cai/2019-04.yaml --
            unit: lao-cai
            period: 2019-04
            status: provisional
            values: { doan-vien-moi: 75 }
            revisions:
              - date: 2019-07-01
                values: { doan-vien-moi: 73 }
              - date: 2019-06-10
                note: Huyện Bát Xát báo lại
                values: { doan-vien-moi: 72 }
            """);
        var bag = new DiagnosticBag(new Messages(Language.Vi));
        var data = DataLoader.Load(site.Root, bag, today: Today);
        Assert.Empty(bag.Sorted());
        var result = Assert.Single(data.Results);
        Assert.True(result.Provisional);
        Assert.Equal([new DateOnly(2019, 6, 10), new DateOnly(2019, 7, 1)], result.Revisions.Select(r => r.Date));
        Assert.Equal(72, result.AmountBefore(new DateOnly(2019, 6, 10)).Value);
        Assert.Equal(73, result.AmountBefore(new DateOnly(2019, 6, 11)).Value);
        Assert.Equal(75, result.AmountBefore(new DateOnly(2019, 7, 2)).Value);
        Assert.Equal(73, Assert.Single(data.Before(new DateOnly(2019, 7, 1)).Results).Amount.Value);
    }
}
