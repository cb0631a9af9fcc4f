using Bantin.Diagnostics;

namespace Bantin.Sources;

/// <summary>A YAML scalar's text and where it stands; <see cref="Quoted"/> matters for numbers ("1.738" vs 1.738).</summary>
public readonly record struct Scalar(string Text, SourceSpan Span, bool Quoted);
