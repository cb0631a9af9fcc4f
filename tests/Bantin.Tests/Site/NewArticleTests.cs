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

    [Theory]
    [InlineData("../../x", "2024-06", null)]
    [InlineData("cao-bang/../../../x", "2024-06", null)]
    [InlineData("..", "2024-06", null)]
    [InlineData("/tmp/x", "2024-06", null)]
    [InlineData("cao-bang", "../../x", null)]
    [InlineData("cao-bang", "2024-06", "Tin tức\nslug: x")]
    public void A_unit_period_or_category_that_could_write_outside_the_site_is_bad_usage(string unit, string period, string? category)
    {
        using var site = TestSite.From("-- data/units.yaml --\n- id: cao-bang\n  name: Cao Bằng\n- id: ../../x\n  name: Lạ\n");
        // The site folder is this test's own, so every file in it can be compared; beside it (the shared temp folder,
        // where other tests come and go) only the names these inputs could reach are looked for.
        var before = Directory.GetFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Order().ToList();
        var outside = new[] { Path.Combine(Path.GetDirectoryName(site.Root)!, "x"), "/tmp/x", Path.Combine(Path.GetDirectoryName(site.Root)!, "x.yaml") };
        var existed = outside.Where(Path.Exists).ToList();
        var stderr = new StringWriter();
        Assert.Equal(2, NewCommand.Run(site.Root, "Tin", category, unit, period, new StringWriter(), stderr, Now));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content")));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "data", "results")));
        Assert.Equal(before, Directory.GetFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.Equal(existed, outside.Where(Path.Exists).ToList());
        Assert.NotEmpty(stderr.ToString());
    }

    [Fact]
    public void A_content_folder_that_is_a_link_out_of_the_site_is_not_written_through()
    {
        using var site = TestSite.From("");
        var outside = Path.Combine(Path.GetTempPath(), "bantin-outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(site.Root, "content"), outside);
            var stderr = new StringWriter();
            Assert.Equal(2, NewCommand.Run(site.Root, "Tin", null, null, null, new StringWriter(), stderr, Now));
            Assert.Empty(Directory.GetFileSystemEntries(outside));
            Assert.Contains("content", stderr.ToString());
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void A_very_long_title_makes_a_file_name_of_at_most_80_characters()
    {
        using var site = TestSite.From("");
        var stdout = new StringWriter();
        Assert.Equal(0, NewCommand.Run(site.Root, string.Join(' ', Enumerable.Repeat("Hội nghị ban chấp hành", 20)), null, null, null, stdout, new StringWriter(), Now));
        Assert.InRange(Path.GetFileNameWithoutExtension(stdout.ToString().Trim()).Length, 60, 80);
    }
}
