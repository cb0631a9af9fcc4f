namespace Bantin;

/// <summary>Where a build is, for the one line a crash prints: the last stage it finished, then an arrow.</summary>
public sealed class StageName
{
    public string Current { get; set; } = "site.yaml";
}
