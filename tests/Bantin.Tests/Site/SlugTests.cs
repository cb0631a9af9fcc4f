using Bantin.Model;

namespace Bantin.Tests.Site;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Đoàn viên", "doan-vien")]
    [InlineData("ĐẠI HỘI Công đoàn", "dai-hoi-cong-doan")]
    [InlineData("Một số kết quả nổi bật tháng 4 năm 2019", "mot-so-ket-qua-noi-bat-thang-4-nam-2019")]
    [InlineData("  LĐLĐ tỉnh: 04-NQ/TU, ngày 19/11/2021 ", "ldld-tinh-04-nq-tu-ngay-19-11-2021")]
    [InlineData("Kết quả bóng đá", "ket-qua-bong-da")]
    [InlineData("Ứng Hòa – “vững mạnh”", "ung-hoa-vung-manh")]
    [InlineData("!!!", "")]
    public void Slugs_are_ascii_with_marks_removed_and_d(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Fact]
    public void Decomposed_and_composed_text_give_one_slug() =>
        Assert.Equal(Slug.From("Lào Cai"), Slug.From("Lào Cai".Normalize(System.Text.NormalizationForm.FormD)));
}
