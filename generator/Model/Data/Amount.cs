namespace Bantin.Model.Data;

/// <summary>One value as given in a results file.</summary>
/// <param name="Value">The value, a ratio's numerator, or a breakdown's total.</param>
/// <param name="Of">A ratio's total (the 812 in 790/812); null for other kinds.</param>
/// <param name="By">The breakdown parts in file order; empty when none was given.</param>
public sealed record Amount(decimal Value, decimal? Of, IReadOnlyList<KeyValuePair<string, decimal>> By);
