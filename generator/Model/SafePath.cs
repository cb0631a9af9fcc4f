using Bantin.Diagnostics;

namespace Bantin.Model;

/// <summary>
/// Ids and names that become folders of the output (unit and indicator ids, slugs, the literal parts of
/// <c>paths:</c> patterns). A safe segment is 1 to 100 ASCII letters, digits, '-' and '_': nothing that climbs out
/// ("..", "/"), nothing Windows refuses (CON, "a:b"), nothing the file system cuts (255 bytes), on every system.
/// </summary>
public static class SafePath
{
    /// <summary>The longest id or slug accepted (see <see cref="SegmentLimit"/>).</summary>
    public const int MaxSegment = SegmentLimit.Max;

    // Names Windows keeps for devices, with or without an extension: "con" cannot be a folder there.
    private static readonly string[] Reserved =
    [
        "con", "prn", "aux", "nul",
        "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ];

    public static PathProblem Segment(string segment)
    {
        if (segment.Length == 0) return PathProblem.Empty;
        if (segment is "." or "..") return PathProblem.DotSegment;
        foreach (var c in segment)
            if (c is not (>= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_')) return PathProblem.BadCharacter;
        if (segment.Length > MaxSegment) return PathProblem.TooLong;
        return Array.IndexOf(Reserved, segment.ToLowerInvariant()) >= 0 ? PathProblem.Reserved : PathProblem.None;
    }

    /// <summary>An id; <paramref name="nested"/> ids (units: "cao-bang/hoa-an") are checked segment by segment.</summary>
    public static PathProblem Id(string id, bool nested)
    {
        if (!nested) return Segment(id);
        foreach (var segment in id.Split('/'))
            if (Segment(segment) is not PathProblem.None and var problem) return problem;
        return PathProblem.None;
    }

    /// <summary>What the editor probably meant: each segment slugified ("Cao Bằng/Hòa An" → "cao-bang/hoa-an"); null if nothing is left.</summary>
    public static string? Suggestion(string id, bool nested)
    {
        var segments = (nested ? id.Split('/') : [id]).Select(Slug.ForPath).Where(s => s.Length > 0 && Segment(s) == PathProblem.None).ToList();
        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    /// <summary>Text as it can be shown in a message: control characters (NUL, tab …) written as \0, \t or \uXXXX.</summary>
    public static string Visible(string text) => Printable.Of(text);
}
