using Bantin.Sources.Yaml;
using static Bantin.Tests.Data.DataTestSite;

namespace Bantin.Tests.Data;

/// <summary>
/// A results file of the plain shape is read without YamlDotNet (PlainYamlReader); the same file with a comment
/// line added is read by YamlDotNet. Both must give the same diagnostics, at the place to fix.
/// </summary>
public sealed class PlainShapeDiagnosticsTests
{
    [Theory]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues:\n  doan-vien-mo: 3\n", true, "4:3")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues:\n  doan-vien-moi: 1,2,3\n", true, "4:18")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues:\n  doan-vien-moi: 2.5\n", true, "4:18")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues:\n  hoi-nghi-cbccvc: 790\n", true, "4:20")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues:\n  hoi-nghi-cbccvc: { value: 900, of: 812 }\n", true, "4:29")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues:\n  hoi-nghi-cbccvc: 900/812\n", true, "4:20")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues:\n  doan-vien-moi: 790/812\n", true, "4:18")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues:\n  tong-doan-vien: { total: 10, by: { khoi-hcsn: 4, khoi-dn: 5 } }\n", true, "4:28")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues:\n  doan-vien-moi: { value: 3, of: 4 }\n", true, "4:30")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues:\n  thu-kpcd: \"106,4\"\n  ho-tro-mai-am: 12%\n", true, "5:18")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues:\n  doan-vien-moi: \"1.128\"\n  tong-doan-vien: 1.738\n", true, "5:19")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalue:\n  doan-vien-moi: 3\n", true, "1:1")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues:\n  doan-vien-moi:\n  tong-doan-vien:\n    a: 1\n", true, "6:5")]
    [InlineData("unit: lao-ca\nperiod: 2017\nvalues:\n  doan-vien-moi: 3\n", true, "1:7")]
    [InlineData("unit: lao-cai\nperiod: 2017-13\nvalues:\n  doan-vien-moi: 3\n", true, "2:9")]
    [InlineData("unit: lao-cai\nperiod: 2017\nstatus: so bo\nvalues:\n  doan-vien-moi: 3\n", true, "3:9")]
    [InlineData("unit: lao-cai\nperiod: 2017\nsorce: x\nvalues:\n  doan-vien-moi: 3\n", true, "3:1")]
    [InlineData("period: 2017\nvalues: {}\n", true, "1:1")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues:\n  doan-vien-moi: 3\n  doan-vien-moi: 4\n", false, "5:3")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues: { doan-vien-moi: 3, doan-vien-moi: 4 }\n", false, "3:29")]
    [InlineData("unit: lao-cai\nperiod: 2017\nvalues:\n  doan-vien-moi: 3\n   tong-doan-vien: 4\n", false, "5:4")]
    public void A_results_file_gets_the_same_diagnostics_from_either_reader(string yaml, bool plain, string firstAt)
    {
        Assert.Equal(plain, new PlainYamlReader(yaml).Read() is not null);
        var (_, read) = Results(yaml);
        var (_, commented) = Results(yaml + "# ghi chú\n");
        Assert.NotEmpty(read);
        Assert.Equal(commented.Select(d => d.ToString()), read.Select(d => d.ToString()));
        Assert.Equal("data/results/lao-cai/2017.yaml:" + firstAt, read[0].Span.ToString());
    }
}
