namespace Bantin.Diagnostics;

/// <summary>Why a file of the site may not be read or published (found by <c>Sources.SiteFiles</c>; named here so messages can say why).</summary>
public enum FileProblem
{
    None,
    Missing,
    LinkOutside,
    Dangling,
    Loop,
    NotRegular,
    TooLarge,
}
