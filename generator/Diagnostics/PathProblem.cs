namespace Bantin.Diagnostics;

/// <summary>Why a name cannot be a folder of the output (found by <c>Model.SafePath</c>; named here so messages can say why).</summary>
public enum PathProblem
{
    None,
    Empty,
    DotSegment,
    BadCharacter,
    TooLong,
    Reserved,
}
