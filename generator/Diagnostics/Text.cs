namespace Bantin.Diagnostics;

/// <summary>A message in the site language: what is wrong and how to fix it.</summary>
public readonly record struct Text(string What, string? Fix);
