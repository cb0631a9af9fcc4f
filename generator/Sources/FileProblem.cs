namespace Bantin.Sources;

/// <summary>Why a file of the site may not be read or published (see <see cref="SiteFiles"/>).</summary>
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
