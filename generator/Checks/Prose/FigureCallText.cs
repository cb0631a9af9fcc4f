namespace Bantin.Checks.Prose;

/// <summary>A <c>{{ value … }}</c> or <c>{{ percent … }}</c> call as written in an article, with its named arguments.</summary>
public sealed record FigureCallText(string Function, string Indicator, string? Unit, string? Period, string? SetBy, string? By)
{
    public bool IsPercent => Function is "percent" or "progress";
}
