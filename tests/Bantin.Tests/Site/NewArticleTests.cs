using Bantin.Cli;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

public sealed class NewArticleTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 31, 18, 30, 0, TimeSpan.Zero); // 01:30 on 1 June in Hà Nội

    [Fact]
    public void Writes_a_draft_in_the_local_month_folder_with_front_matter_filled_and_prints_its_path()
    {
        using var site = TestSite.From("");
        var stdout = new StringWriter();
        var code = NewCommand.Run(site.Root, "Kết quả tháng 5/2024 của Đoàn viên", "Tin tức/Ban tổ chức", null, null, stdout, new StringWriter(), Now);
        Assert.Equal(0, code);
        Assert.Equal("content/2024/06/ket-qua-thang-5-2024-cua-doan-vien.md", stdout.ToString().Trim());
        var text = File.ReadAllText(Path.Combine(site.Root, "content/2024/06/ket-qua-thang-5-2024-cua-doan-vien.md"));
        Assert.Contains("title: \"Kết quả tháng 5/2024 của Đoàn viên\"\n", text);
        Assert.Contains("date: 2024-06-01 01:30\n", text);
        Assert.Contains("category: \"Tin tức/Ban tổ chức\"\n", text);
        Assert.Contains("draft: true\n", text);
        Assert.Contains("slug: ket-qua-thang-5-2024-cua-doan-vien\n", text);
        // The new draft builds with --drafts and is left out without it.
        Assert.True(site.Build(drafts: true, time: Now.AddDays(1)).Succeeded);
        Assert.True(site.Exists("2024/06/ket-qua-thang-5-2024-cua-doan-vien/index.html"));

        // Its title can be polished later without moving the page.
        File.WriteAllText(Path.Combine(site.Root, "content/2024/06/ket-qua-thang-5-2024-cua-doan-vien.md"),
            text.Replace("title: \"Kết quả tháng 5/2024 của Đoàn viên\"", "title: \"Kết quả tháng 5 năm 2024\""));
        Assert.True(site.Build(drafts: true, time: Now.AddDays(1)).Succeeded);
        Assert.True(site.Exists("2024/06/ket-qua-thang-5-2024-cua-doan-vien/index.html"));
    }

    [Fact]
    public void Never_overwrites_an_existing_file()
    {
        using var site = TestSite.From("-- content/2024/06/tin-moi.md --\ngiữ nguyên\n");
        var stderr = new StringWriter();
        var code = NewCommand.Run(site.Root, "Tin mới", null, null, null, new StringWriter(), stderr, Now);
        Assert.Equal(1, code);
        Assert.Equal("giữ nguyên\n", File.ReadAllText(Path.Combine(site.Root, "content/2024/06/tin-moi.md")));
        Assert.Contains("content/2024/06/tin-moi.md", stderr.ToString());
    }

    [Fact]
    public void With_unit_and_period_it_writes_an_empty_results_file_naming_each_indicator()
    {
        using var site = TestSite.From("""
            -- data/units.yaml --
            - id: cao-bang
              name: Liên đoàn Lao động tỉnh Cao Bằng
            -- data/indicators.yaml --
            - id: doan-vien-moi
              name: Phát triển đoàn viên mới
              measure: đoàn viên
              kind: flow
            """);
        var stdout = new StringWriter();
        Assert.Equal(0, NewCommand.Run(site.Root, "Kết quả tháng 6", null, "cao-bang", "2024-06", stdout, new StringWriter(), Now));
        var results = File.ReadAllText(Path.Combine(site.Root, "data/results/cao-bang/2024-06.yaml"));
        Assert.Contains("unit: cao-bang\nperiod: 2024-06\n", results);
        Assert.Contains("  doan-vien-moi:    # Phát triển đoàn viên mới (đoàn viên)", results);
        Assert.Contains("data/results/cao-bang/2024-06.yaml", stdout.ToString());
        // The empty file is valid data: the site still builds.
        Assert.True(site.Build(drafts: true, time: Now.AddDays(1)).Succeeded, string.Join("\n", site.Build(drafts: true, time: Now.AddDays(1)).Diagnostics));
    }

    [Fact]
    public void Unknown_unit_is_an_error_with_a_suggestion_and_nothing_is_written()
    {
        using var site = TestSite.From("-- data/units.yaml --\n- id: cao-bang\n  name: Cao Bằng\n");
        var stderr = new StringWriter();
        Assert.Equal(1, NewCommand.Run(site.Root, "Tin", null, "cao-bag", "2024-06", new StringWriter(), stderr, Now));
        Assert.Contains("Có phải ý bạn là 'cao-bang'?", stderr.ToString());
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content")));
    }
}
