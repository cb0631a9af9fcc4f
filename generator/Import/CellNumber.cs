namespace Bantin.Import;

/// <summary>A number read from a cell; <see cref="Of"/> when the cell held a whole "790/812".</summary>
public sealed record CellNumber(decimal Value, decimal? Of, bool Percent, string Where, string Text);
