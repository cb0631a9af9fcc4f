using static Bantin.Tests.Data.DataTestSite;

namespace Bantin.Tests.Data;

/// <summary>
/// A results or targets file copied to another unit's folder with its <c>unit:</c> unchanged is the commonest slip
/// in data/: it must say just that, once, instead of one "written twice" error per value.
/// </summary>
public sealed class FolderUnitTests
{
    [Theory]
    [InlineData("results", "values")]
    [InlineData("targets", "targets")]
    public void A_copied_file_whose_unit_was_not_changed_is_one_error_naming_folder_and_unit(string kind, string block)
    {
        var file = $"""
            unit: lao-cai
            period: 2017
            {block}:
              doan-vien-moi: 72
              ho-tro-mai-am: 110
              thu-kpcd: 100
            """;
        var (data, diagnostics) = Load(Catalog + $"-- data/{kind}/lao-cai/2017.yaml --\n{file}\n-- data/{kind}/vn/2017.yaml --\n{file}\n");
        var d = Only(diagnostics,
            $"data/{kind}/vn/2017.yaml:1:7: error: Tệp này nằm trong thư mục của đơn vị 'vn' nhưng ghi unit: lao-cai.");
        Assert.Equal($"Nếu số liệu là của 'vn', sửa thành unit: vn; nếu là của 'lao-cai', chuyển tệp vào data/{kind}/lao-cai/.", d.Fix);
        Assert.Equal(3, data.Results.Count + data.Targets.Count);
    }

    [Fact]
    public void A_folder_that_names_no_unit_is_free()
    {
        var (data, diagnostics) = Load(Catalog + """
            -- data/results/2017/lao-cai.yaml --
            unit: lao-cai
            period: 2017
            values:
              doan-vien-moi: 72
            """);
        Assert.Empty(diagnostics);
        Assert.Single(data.Results);
    }
}
