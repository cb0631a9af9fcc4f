using Bantin.Render;

namespace Bantin.Incremental;

/// <summary>Which figures a body can read: none (no figure calls), its unit's, or any unit's.</summary>
/// <param name="Data">Null when the body calls no figure function.</param>
public sealed record FigureUse(DataUse? Data)
{
    private static readonly FigureUse NoFigures = new((DataUse?)null);

    public static FigureUse Of(string body, string? unit)
    {
        if (!BodyRenderer.HasFigureCalls(body)) return NoFigures;
        // Figure calls default to the article's unit; one that names another unit (unit: "…") may read any.
        return new FigureUse(unit is null || body.Contains("unit:", StringComparison.Ordinal) ? DataUse.All : DataUse.Of(unit));
    }
}
