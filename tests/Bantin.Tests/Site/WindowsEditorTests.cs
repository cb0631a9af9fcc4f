using System.Text;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// What an editor on Windows types: Notepad's CRLF line ends and byte-order mark, '\' in paths, and names that differ
/// only by case (one file on Windows and macOS). The site must come out as if written on Linux, or say what collides.
/// </summary>
public sealed class WindowsEditorTests
{
    private const string Files = """
        -- site.yaml --
        title: Công đoàn thử
        base_url: https://example.org/congdoan/
        timezone: Asia/Ho_Chi_Minh
        home_unit: lao-cai
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
        -- data/results/lao-cai/2017-01..2017-05.yaml --
        unit: lao-cai
        period: 2017-01..2017-05
        values:
          doan-vien-moi: 1128
        -- content/2017/bai.md --
        ---
        title: Kết quả năm tháng
        date: 2017-06-01
        tags: [đoàn viên]
        unit: lao-cai
        period: 2017-01..2017-05
        summary: |
          Hai dòng
          tóm tắt.
        ---
        Đoạn một,
        dòng hai.

        | Cột | Số |
        |-----|----|
        | a   | 1  |

        ```
        mã
        hai dòng
        ```
        -- content/pages/gioi-thieu.md --
        ---
        title: Giới thiệu
        ---
        Trang giới thiệu.
        -- templates/partials/footer.html --
        <footer class="mine">
          {{ site.title }}
        </footer>
        """;

    /// <summary>Each kind of file, and all of them at once, saved by Notepad: CRLF line ends and a BOM.</summary>
    [Theory]
    [InlineData("site.yaml")]
    [InlineData("data/units.yaml")]
    [InlineData("data/indicators.yaml")]
    [InlineData("data/results/lao-cai/2017-01..2017-05.yaml")]
    [InlineData("content/2017/bai.md")]
    [InlineData("content/pages/gioi-thieu.md")]
    [InlineData("templates/partials/footer.html")]
    [InlineData("*")]
    public void Crlf_and_a_byte_order_mark_give_the_same_output_bytes_as_lf(string file)
    {
        using var unix = TestSite.From(Files);
        using var windows = TestSite.From(Files);
        foreach (var (path, text) in TestSite.Parse(Files).Where(f => file == "*" || f.Path == file))
            File.WriteAllBytes(Path.Combine(windows.Root, path), [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))]);

        unix.BuildOk();
        windows.BuildOk();

        var want = Outputs(unix.Output);
        var got = Outputs(windows.Output);
        Assert.Equal(want.Keys, got.Keys);
        foreach (var (path, bytes) in want)
            Assert.True(bytes.AsSpan().SequenceEqual(got[path]), $"{path} differs:\n{Encoding.UTF8.GetString(got[path])}");
    }

    [Fact]
    public void A_backslash_in_an_image_path_finds_the_image()
    {
        using var site = TestSite.From("""
            -- content/tin/bai.md --
            ---
            title: Bài có ảnh
            date: 2020-01-02 08:00
            image: hinh\anh.svg
            ---
            ![Ảnh lớp học](hinh\anh.svg)
            -- content/tin/hinh/anh.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450"></svg>
            """);
        site.BuildOk();

        var image = site.Page("/2020/01/bai-co-anh/").QuerySelector(".prose img")!;
        Assert.Equal("800", image.GetAttribute("width"));
        Assert.Equal("hinh/anh.svg", image.GetAttribute("src"));
        Assert.True(site.Exists("2020/01/bai-co-anh/hinh/anh.svg"));
        var card = site.Page("/").QuerySelector(".card-image img")!;
        Assert.Equal("/congdoan/2020/01/bai-co-anh/hinh/anh.svg", card.GetAttribute("src"));
        Assert.Equal("800", card.GetAttribute("width"));
    }

    /// <summary>Two items whose URLs differ only by case would be one file on Windows and macOS: the later overwrites.</summary>
    [Theory]
    [InlineData("-- content/a.md --\n---\ntitle: A\ndate: 2024-01-01\nslug: Bai-Viet\n---\nA.\n-- content/b.md --\n---\ntitle: B\ndate: 2024-01-02\nslug: bai-viet\n---\nB.\n")]
    [InlineData("-- content/a.md --\n---\ntitle: A\ndate: 2024-01-01\n---\n![x](Anh.svg) ![y](anh.svg)\n-- content/Anh.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n-- content/anh.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")]
    [InlineData("-- templates/assets/Logo.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n-- templates/assets/logo.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")]
    public void Two_urls_that_differ_only_by_case_are_an_error(string files)
    {
        using var site = TestSite.From(files);

        var result = site.Build();

        if (result.Succeeded) Assert.Fail("built although two URLs differ only by case: " + string.Join(" ", Outputs(site.Output).Keys));
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("chữ hoa/thường") || d.ToString().Contains("cùng một địa chỉ"));
    }

    private static Dictionary<string, byte[]> Outputs(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
