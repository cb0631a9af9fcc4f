using Bantin.Tests.Support;

namespace Bantin.Tests.Sources;

/// <summary>
/// YamlDotNet's common errors come out in the site language, with a fix, at the line and column where the
/// editor has to act (not where YamlDotNet began the token, which for a tab is the line before).
/// </summary>
public sealed class YamlMessagesTests
{
    [Theory]
    [InlineData("title: Tốt\n\tauthor: X\ndate: 2020-01-01",
        "content/a.md:3:1: error: Dòng này thụt lề bằng phím Tab; YAML chỉ nhận dấu cách.",
        "Thay phím Tab ở đầu dòng bằng dấu cách.")]
    [InlineData("title: Tốt\ndate: 2020-01-01\ntags:\n\t- a",
        "content/a.md:5:1: error: Dòng này thụt lề bằng phím Tab; YAML chỉ nhận dấu cách.",
        "Thay phím Tab ở đầu dòng bằng dấu cách.")]
    [InlineData("title: Tốt\nauthor: \"Văn phòng\ndate: 2020-01-01",
        "content/a.md:3:9: error: Dấu ngoặc kép mở ở đây không được đóng.",
        "Có phải bạn quên đóng dấu ngoặc kép?")]
    [InlineData("title: Hội nghị: tổng kết\ndate: 2020-01-01",
        "content/a.md:2:16: error: Dấu ':' giữa giá trị làm YAML hiểu nhầm thành một khóa mới.",
        "Đặt cả giá trị trong ngoặc kép: title: \"Hội nghị: tổng kết\"")]
    [InlineData("title: Tốt\n  date: 2020-01-01",
        "content/a.md:3:3: error: Dòng này thụt lề sâu hơn các khóa ở trên.",
        "Bỏ dấu cách ở đầu dòng để 'date' thẳng cột với các khóa cùng cấp.")]
    [InlineData("title: Tốt\ndate: 2020-01-01\ntags: [a, b\nauthor: X",
        "content/a.md:4:7: error: Dấu '[' ở đây không được đóng.",
        "Thêm ']' sau mục cuối cùng của danh sách.")]
    [InlineData("title: Tốt\ndate: 2020-01-01\ntags: [a, b",
        "content/a.md:4:7: error: Dấu '[' ở đây không được đóng.",
        "Thêm ']' sau mục cuối cùng của danh sách.")]
    [InlineData("title: Tốt\ndate: 2020-01-01\nauthor: @ban-tuyen-giao",
        "content/a.md:4:9: error: Một giá trị YAML không thể bắt đầu bằng '@'.",
        "Đặt cả giá trị trong ngoặc kép: author: \"@ban-tuyen-giao\"")]
    [InlineData("title: Tốt\ndate: 2020-01-01\ntags:\n- : a\n  b: c",
        "content/a.md:6:6: error: YAML không đọc được từ chỗ này.",
        "Kiểm tra thụt lề, dấu ':' và dấu '-' ở dòng này và dòng trên; một giá trị có ':' hoặc '#' cần đặt trong ngoặc kép.")]
    [InlineData("title: Tốt\ndate: 2020-01-01\ntitle: Khác",
        "content/a.md:4:1: error: 'title' được viết hai lần trong cùng một khối (lần đầu ở content/a.md:2:1).",
        "Xóa một trong hai dòng, hoặc sửa lại tên cho đúng.")]
    public void Front_matter_yaml_errors_are_in_vietnamese_at_the_right_place(string yaml, string line, string fix)
    {
        using var site = TestSite.From("-- content/a.md --\n---\n" + yaml + "\n---\nx\n");
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal(line, error.ToLine());
        Assert.Equal(fix, error.Fix);
    }

    [Fact]
    public void Site_yaml_keys_written_twice_name_both_places()
    {
        using var site = TestSite.From("""
            -- site.yaml --
            title: Công đoàn
            base_url: https://example.org/
            title: Khác
            """);
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal("site.yaml:3:1: error: 'title' được viết hai lần trong cùng một khối (lần đầu ở site.yaml:1:1).", error.ToLine());
    }

    [Fact]
    public void Data_file_tab_is_reported_on_the_tab_line_in_english_for_an_english_site()
    {
        using var site = TestSite.From(
            "-- site.yaml --\ntitle: Union\nbase_url: https://example.org/\nlanguage: en\n" +
            "-- data/units.yaml --\n- id: vn\n  name: VN\n\tshort: TLĐ\n");
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal("data/units.yaml:3:1: error: This line is indented with a Tab; YAML accepts only spaces.", error.ToLine());
        Assert.Equal("Replace the Tab at the start of the line with spaces.", error.Fix);
    }

    [Fact]
    public void A_second_document_in_a_data_file_is_an_error_not_silently_ignored()
    {
        using var site = TestSite.From("""
            -- data/units.yaml --
            - id: vn
              name: VN
            ---
            - id: lao-cai
              name: Lào Cai
              parent: vn
            """);
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal("data/units.yaml:4:1: error: Dòng '---' ở trên bắt đầu một khối YAML thứ hai; phần từ đây trở đi sẽ bị bỏ qua.", error.ToLine());
    }
}
