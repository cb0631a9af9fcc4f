namespace Bantin.Bench.Corpus;

/// <summary>
/// The corpus's 60 units: the root <c>vn</c>, 10 provinces <c>tinh-1</c>…<c>tinh-10</c> and 49 districts such as
/// <c>tinh-3/huyen-2</c> (five per province, four in the last). The tree is the same for every size and seed.
/// </summary>
public sealed class UnitTree
{
    public const string RootId = "vn";
    private const int ProvinceCount = 10;
    private const int DistrictCount = 49;
    private const int DistrictsPerProvince = 5;

    public UnitTree()
    {
        Root = new UnitSpec(RootId, "Tổng Liên đoàn Lao động Việt Nam", "TLĐ", null, 0);
        var provinces = new List<UnitSpec>();
        var byProvince = new List<List<UnitSpec>>();
        for (var p = 0; p < ProvinceCount; p++)
        {
            var name = Vocabulary.Provinces[p];
            provinces.Add(new UnitSpec($"tinh-{p + 1}", $"Liên đoàn Lao động tỉnh {name}", $"LĐLĐ tỉnh {name}", RootId, 1));
            byProvince.Add([]);
        }
        for (var d = 0; d < DistrictCount; d++)
        {
            var p = d / DistrictsPerProvince;
            var province = provinces[p];
            var name = Vocabulary.Districts[d];
            var id = $"{province.Id}/huyen-{d % DistrictsPerProvince + 1}";
            byProvince[p].Add(new UnitSpec(id, $"Liên đoàn Lao động huyện {name}", $"LĐLĐ huyện {name}", province.Id, 2));
        }
        Provinces = provinces;

        // Round-robin over provinces, so a corpus that gives results to only a few districts still spreads them out.
        var ordered = new List<UnitSpec>();
        for (var i = 0; i < DistrictsPerProvince; i++)
            foreach (var list in byProvince)
                if (i < list.Count) ordered.Add(list[i]);
        Districts = ordered;
    }

    public UnitSpec Root { get; }
    public IReadOnlyList<UnitSpec> Provinces { get; }

    /// <summary>All 49 districts, round-robin over provinces (tinh-1/huyen-1, tinh-2/huyen-1, …).</summary>
    public IReadOnlyList<UnitSpec> Districts { get; }

    /// <summary>Root first, then each province followed by its districts: the order of units.yaml.</summary>
    public IEnumerable<UnitSpec> All()
    {
        yield return Root;
        foreach (var province in Provinces)
        {
            yield return province;
            foreach (var district in Districts.Where(d => d.Parent == province.Id).OrderBy(d => d.Id, StringComparer.Ordinal))
                yield return district;
        }
    }

    /// <summary>How many districts report results for a corpus of <paramref name="articleCount"/> articles: 49 at 10,000 and above.</summary>
    public static int ActiveDistricts(int articleCount) =>
        Math.Clamp((int)Math.Ceiling(DistrictCount * (double)articleCount / 10_000), 1, DistrictCount);
}
