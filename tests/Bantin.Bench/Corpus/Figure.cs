namespace Bantin.Bench.Corpus;

/// <summary>One reported value; a ratio also has its denominator (<see cref="Of"/>), never smaller than the value.</summary>
public readonly record struct Figure(decimal Value, decimal? Of);
