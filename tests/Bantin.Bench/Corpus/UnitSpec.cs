namespace Bantin.Bench.Corpus;

/// <summary>One organisational unit of the corpus: level 0 is the root, 1 a province, 2 a district.</summary>
public sealed record UnitSpec(string Id, string Name, string Short, string? Parent, int Level);
