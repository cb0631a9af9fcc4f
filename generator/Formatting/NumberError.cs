namespace Bantin.Formatting;

/// <summary>Why a value in the data could not be read as a number.</summary>
public enum NumberError
{
    None,
    /// <summary>Nothing was written.</summary>
    Empty,
    /// <summary>Not a number in any accepted form, e.g. "abc", "75%", "1 738".</summary>
    NotANumber,
    /// <summary>
    /// A '.' in a Vietnamese-formatted number that is not followed by exactly three digits, e.g. "1.5" or "90.74":
    /// '.' groups thousands there, so the writer probably meant a decimal comma ("1,5") or a full group ("1.500").
    /// </summary>
    Ambiguous,
    /// <summary>
    /// A YAML number notation the data files do not use: exponents (1e3), underscores (1_000), hex or octal
    /// (0x10, 0o17, 017), .inf, .nan, a leading '+' or a bare point (.5, 5.). Write plain digits instead.
    /// </summary>
    UnsupportedNotation,
    /// <summary>Too large or too precise for a decimal (about 28 significant digits).</summary>
    OutOfRange,
}
