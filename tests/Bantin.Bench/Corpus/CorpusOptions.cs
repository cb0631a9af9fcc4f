namespace Bantin.Bench.Corpus;

/// <summary>
/// What corpus to write. <see cref="Figures"/> off writes the numbers instead of <c>{{ value }}</c> calls;
/// <see cref="Data"/> off writes no data/ folder and no unit/period in front matter (the startup site).
/// <see cref="AllUnits"/> on: every unit of the tree (the root and the provinces too) reports every month for ten years
/// and has a target for every year, as a federation's real data does; off: only districts report, as many as the
/// article count calls for (<see cref="UnitTree.ActiveDistricts"/>), and only provinces have targets.
/// </summary>
public sealed record CorpusOptions(int Count, int Seed, bool Figures = true, bool Data = true, bool AllUnits = false)
{
    public const string BaseUrl = "https://example.org/congdoan/";
    public const string BasePath = "/congdoan/";

    /// <summary>The shape's name in reports and folder names.</summary>
    public string Shape => AllUnits ? "all-units-monthly" : "districts";
}
