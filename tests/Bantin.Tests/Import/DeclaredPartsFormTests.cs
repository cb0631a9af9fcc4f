using Bantin.Import;
using Bantin.Tests.Data;

namespace Bantin.Tests.Import;

/// <summary>Forms and imports follow a breakdown's declared parts: asked by name, and no other key read back.</summary>
public sealed class DeclaredPartsFormTests
{
    private const string Parts = "breakdown: khoi\n  parts:\n    khoi-hcsn: Khối hành chính sự nghiệp\n    khoi-dn: Khối doanh nghiệp\n    khoi-khac: Khối khác\n";

    [Fact]
    public void A_form_asks_for_every_declared_part_by_its_name()
    {
        using var site = ImportSite.Create();
        var indicators = File.ReadAllText(Path.Combine(site.Root, "data/indicators.yaml"));
        site.Write("data/indicators.yaml", indicators.Replace("breakdown: khoi\n", Parts));
        var form = Path.Combine(site.Root, "mau.xlsx");
        var (code, _, err) = site.Cli("new", "form", "--site", site.Root, "--period", "2024-05", "--units", "cao-bang/hoa-an", "--output", form);
        Assert.True(code == 0, err);
        // No results file uses khoi-khac yet; it is declared, so the form asks for it.
        Assert.NotNull(Xlsx.Find(form, "Báo cáo", "tong-doan-vien:by:khoi-khac", "cao-bang/hoa-an"));
        using var stream = File.OpenRead(form);
        var sheet = XlsxReader.Read(stream).Single(s => s.Name == "Báo cáo");
        var texts = Enumerable.Range(1, sheet.LastRow).SelectMany(r => Enumerable.Range(1, sheet.LastColumn).Select(c => sheet.Text(r, c))).ToList();
        Assert.Contains("Tổng số đoàn viên: trong đó Khối khác (người)", texts);
        Assert.DoesNotContain(texts, t => t.Contains("trong đó khoi-"));
    }

    [Theory]
    [InlineData("tong-doan-vien:by:khoi-hcsn", true)]
    [InlineData("tong-doan-vien:by:khoi-dn", false)] // not declared: read back as a key the data does not have
    public void Import_reads_only_declared_parts(string key, bool known)
    {
        var (data, diagnostics) = DataTestSite.Load(DataTestSite.Catalog.Replace("breakdown: khoi\n",
            "breakdown: khoi\n  parts:\n    khoi-hcsn: Khối hành chính sự nghiệp\n    khoi-dn-ngoai-nha-nuoc: Khối doanh nghiệp ngoài nhà nước\n"));
        Assert.Empty(diagnostics);
        Assert.Equal(known, Slot.Parse(key, data) is not null);
    }
}
