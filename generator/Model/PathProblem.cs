namespace Bantin.Model;

/// <summary>Why a name cannot be a folder of the output (see <see cref="SafePath"/>).</summary>
public enum PathProblem
{
    None,
    Empty,
    DotSegment,
    BadCharacter,
    TooLong,
    Reserved,
}
