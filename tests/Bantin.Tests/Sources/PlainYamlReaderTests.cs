using Bantin.Sources.Yaml;
using YamlDotNet.RepresentationModel;

namespace Bantin.Tests.Sources;

/// <summary>
/// The plain reader (data files without YamlDotNet's scanner) must give exactly the nodes and positions YamlDotNet
/// gives, and leave every other text to YamlDotNet, whose faults have their messages.
/// </summary>
public sealed class PlainYamlReaderTests
{
    [Theory]
    [InlineData("a: 1")]
    [InlineData("a: 1\n\n\n")]
    [InlineData("unit: tinh-7\nperiod: 2024-02\nvalues:\n  chi-tieu-1: 68\n  chi-tieu-5: { value: 164, of: 178 }\n")]
    [InlineData("a:\n  b: 1\n  c:\n    d: 2\n")]
    [InlineData("a:\n  b:\n    c: 1\n  d: 2\ne: 3")]
    [InlineData("a:\n    b: 1\nc:\n  d: 2\n")]
    [InlineData("a:\nb: 2\n")]
    [InlineData("a:")]
    [InlineData("a:\n\n\n  b: 1\n")]
    [InlineData("a: { }\nb: {}\nc: { x: 1 , y: 2 }\n")]
    [InlineData("a: {value: 1,of: 2}\n")]
    [InlineData("y: {total: 5, by: {a: 2,b: 3}}\n")]
    [InlineData("a: { b: { c: { d: 1 } } }\n")]
    [InlineData("a: { b: { c: { d: { e: { f: 1 } } } } }\n")]
    [InlineData("n: \"Phát triển đoàn\"\nm: 'x y'\nk: \"\"\nl: ''\nj: \" x \"\n")]
    [InlineData("a: hello world, (x)\nb: -5\nc: +5\nd: .5\ne: x  y\n")]
    [InlineData("a: 12%\nb: 1.738\nc: 790/812\nd: 1,5\ne: null\n")]
    [InlineData("k.x/y_z-1: 1\n_a: 2\n")]
    [InlineData("a:  5\n")]
    [InlineData("source: Báo cáo của LĐLĐ tỉnh (quý I)\n")]
    [InlineData("title: \"Hội nghị: tổng kết\"\ndate: 2024-05-01\ncategory: tin-tuc\n")]
    [InlineData("date: 2015-01-23T13:28:00+07:00\nat: 10:30\nurl: http://x.vn/a\n")]
    [InlineData("tags: [\"khu công nghiệp\", \"Tết Sum vầy\"]\nb: []\nc: [ a , 'b c' ,d]\nd: [x]\n")]
    [InlineData("title: \"Kết quả tháng 1/2015\"\ndate: 2015-01-23T13:28:00+07:00\nauthor: \"Trần Văn Hùng – Ban Chính sách\"\ntags: [\"a\", \"b\"]\nunit: tinh-8/huyen-3\nperiod: 2015-01\n")]
    public void Reads_the_plain_shape_to_the_nodes_YamlDotNet_gives(string text)
    {
        var plain = new PlainYamlReader(text).Read();
        Assert.NotNull(plain);
        Assert.Equal(Describe(YamlDotNetTree(text)), Describe(plain));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\na: 1\n")]
    [InlineData(" a: 1\n")]
    [InlineData("a: 1 # note\n")]
    [InlineData("# note\na: 1\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: x\n  b\n")]
    [InlineData("a: x\n\n  y\n")]
    [InlineData("a:\n  b: 1\n c: 2\n")]
    [InlineData("a: 1\n  \nb: 2\n")]
    [InlineData("a:\n  - 1\n")]
    [InlineData("a:\n- 1\n")]
    [InlineData("a: [1, 2\n")]
    [InlineData("a: [1, 2,]\n")]
    [InlineData("a: [1 2]\n")]
    [InlineData("a: [[1], 2]\n")]
    [InlineData("a: [{b: 1}]\n")]
    [InlineData("a: [\"x\" y]\n")]
    [InlineData("a: [1, 2] # note\n")]
    [InlineData("a: [1, 2] x\n")]
    [InlineData("a: [\"x\\ty\"]\n")]
    [InlineData("a: [a:b]\n")]
    [InlineData("a: x:\n")]
    [InlineData("a: x: y\n")]
    [InlineData("a: x:y: z\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a:b\n")]
    [InlineData("a : b\n")]
    [InlineData("a: 5 \n")]
    [InlineData("a: ~\n")]
    [InlineData("a: - 5\n")]
    [InlineData("a: { v: 1, }\n")]
    [InlineData("a: { b: (x) }\n")]
    [InlineData("a: { b: 1 }\n  c: 2\n")]
    [InlineData("a: {b: 1\n")]
    [InlineData("a: 'it''s'\n")]
    [InlineData("a: \"x\\ty\"\n")]
    [InlineData("a: \"x\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("\"a\": 1\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("a: 1\nb: 2\na: 3\n")]
    [InlineData("a: { b: 1, b: 2 }\n")]
    [InlineData("a: x\u00A0y\n")]
    [InlineData("a: x\u2028y\n")]
    [InlineData("a: \uFEFFx\n")]
    [InlineData("a: { b: { c: { d: { e: { f: { g: { h: { i: 1 } } } } } } } }\n")]
    public void Leaves_every_other_text_to_YamlDotNet(string text) =>
        Assert.Null(new PlainYamlReader(text).Read());

    [Fact]
    public void Leaves_deep_nesting_to_YamlDotNet_and_its_limit() =>
        Assert.Null(new PlainYamlReader(string.Concat(Enumerable.Range(0, 10).Select(i => new string(' ', i) + "a:\n"))).Read());

    private static YamlValue YamlDotNetTree(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return YamlTree.From(stream.Documents[0].RootNode);
    }

    // Every node with its kind, text, style and position, in file order.
    private static List<string> Describe(YamlValue node)
    {
        var lines = new List<string>();
        Describe(node, "", lines);
        return lines;
    }

    private static void Describe(YamlValue node, string indent, List<string> lines)
    {
        var at = $"{node.Line}:{node.Column}";
        switch (node)
        {
            case YamlText t:
                lines.Add($"{indent}text '{t.Value}' {t.Style} tagged={t.Tagged} {at}");
                break;
            case YamlMapping m:
                lines.Add($"{indent}mapping {at}");
                foreach (var (key, value) in m.Entries)
                {
                    Describe(key, indent + "  key ", lines);
                    Describe(value, indent + "  ", lines);
                }
                break;
            case YamlList l:
                lines.Add($"{indent}list {at}");
                foreach (var item in l.Items) Describe(item, indent + "  ", lines);
                break;
        }
    }
}
