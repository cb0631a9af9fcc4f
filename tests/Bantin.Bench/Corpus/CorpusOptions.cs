namespace Bantin.Bench.Corpus;

/// <summary>
/// What corpus to write. <see cref="Figures"/> off writes the numbers instead of <c>{{ value }}</c> calls;
/// <see cref="Data"/> off writes no data/ folder and no unit/period in front matter (the startup site).
/// </summary>
public sealed record CorpusOptions(int Count, int Seed, bool Figures = true, bool Data = true)
{
    public const string BaseUrl = "https://example.org/congdoan/";
    public const string BasePath = "/congdoan/";
}
