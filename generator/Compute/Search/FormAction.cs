namespace Bantin.Compute.Search;

/// <summary>Receives one word form; the span is valid only during the call.</summary>
public delegate void FormAction(ReadOnlySpan<char> form);
