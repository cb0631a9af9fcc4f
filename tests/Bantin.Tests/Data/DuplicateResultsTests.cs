using static Bantin.Tests.Data.DataTestSite;

namespace Bantin.Tests.Data;

/// <summary>
/// Issue 18: the loader skips its table of every value when no two results files are for the same unit and months
/// (nearly every site). Where some are, each repeated value is still reported at its line, naming the first, and
/// kept once; the files below are data/results/lao-cai/&lt;name&gt;.yaml, "name: period: indicator=value …".
/// </summary>
public sealed class DuplicateResultsTests
{
    [Theory]
    [InlineData("a: 2019-Q1: doan-vien-moi=1 | b: 2019-01..2019-03: doan-vien-moi=2", 1,
        "data/results/lao-cai/b.yaml:4:3: error: Giá trị của 'doan-vien-moi' cho kỳ 2019-01..2019-03 đã được ghi ở data/results/lao-cai/a.yaml:4:3.")]
    [InlineData("a: 2019-04: doan-vien-moi=1 | b: 2019-04: ho-tro-mai-am=2", 2, "")]
    [InlineData("a: 2019-04: doan-vien-moi=1 ho-tro-mai-am=2 | b: 2019-04: ho-tro-mai-am=3 thu-kpcd=4", 3,
        "data/results/lao-cai/b.yaml:4:3: error: Giá trị của 'ho-tro-mai-am' cho kỳ 2019-04 đã được ghi ở data/results/lao-cai/a.yaml:5:3.")]
    [InlineData("a: 2019-04: doan-vien-moi=1 | b: 2019-05: doan-vien-moi=1 | c: 2019-Q2: doan-vien-moi=3", 3, "")]
    [InlineData("a: 2019: doan-vien-moi=1 | b: 2019: doan-vien-moi=2 | c: 2019-01..2019-12: doan-vien-moi=3", 1,
        "data/results/lao-cai/b.yaml:4:3: error: Giá trị của 'doan-vien-moi' cho kỳ 2019 đã được ghi ở data/results/lao-cai/a.yaml:4:3.\n" +
        "data/results/lao-cai/c.yaml:4:3: error: Giá trị của 'doan-vien-moi' cho kỳ 2019-01..2019-12 đã được ghi ở data/results/lao-cai/a.yaml:4:3.")]
    public void Each_value_given_again_for_the_same_unit_and_months_is_reported_and_kept_once(string files, int kept, string expected)
    {
        var (data, diagnostics) = Load(Catalog + Files(files));

        Assert.Equal(expected, string.Join("\n", diagnostics.Select(d => d.ToLine())));
        Assert.Equal(kept, data.Results.Count);
    }

    private static string Files(string spec) => string.Concat(spec.Split(" | ").Select(file =>
    {
        var parts = file.Split(": ");
        var values = parts[2].Split(' ').Select(v => v.Split('=')).Select(kv => $"  {kv[0]}: {kv[1]}\n");
        return $"-- data/results/lao-cai/{parts[0]}.yaml --\nunit: lao-cai\nperiod: {parts[1]}\nvalues:\n{string.Concat(values)}";
    }));
}
