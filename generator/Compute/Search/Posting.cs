namespace Bantin.Compute.Search;

/// <summary>A form found in a document, with a weight 1–15: occurrences in the body (at most 7) plus 8 when it is in the title or tags.</summary>
public readonly record struct Posting(int Doc, int Weight)
{
    public const int MaxBodyCount = 7;
    public const int BoostedWeight = 8;

    /// <summary>Weights fit in 4 bits, so a posting is one number: gap × 16 + weight.</summary>
    public const int WeightBase = 16;
}
