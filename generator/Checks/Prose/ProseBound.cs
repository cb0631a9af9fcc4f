namespace Bantin.Checks.Prose;

/// <summary>How a typed number is meant: exactly, or as a bound ("trên 50%", "hơn 700"), or roughly ("khoảng").</summary>
public enum ProseBound
{
    Exact,
    Above,
    Below,
    About,
}
