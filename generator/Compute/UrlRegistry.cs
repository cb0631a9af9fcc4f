using Bantin.Diagnostics;
using Bantin.Model;

namespace Bantin.Compute;

/// <summary>
/// Claims every output URL once, so two items that would overwrite each other are an error naming both. Also the
/// last guard before anything is written: an address that would leave its folder, or a folder that differs from
/// another only by case (one folder on Windows and macOS), or a file that does, is an error at the item that makes it.
/// </summary>
public sealed class UrlRegistry
{
    /// <summary>Most file systems refuse longer names (255 bytes); a folder name never needs this many characters.</summary>
    private const int MaxFolderName = 200;

    private readonly Dictionary<string, SourceSpan> _owners = new(StringComparer.Ordinal);
    // Every folder on the way to a page, by its lower-case form: the first spelling met, and who made it.
    private readonly Dictionary<string, (string Folder, SourceSpan Owner)> _folders = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    // Every URL by its lower-case form: two files that differ only by case are one file on Windows and macOS.
    private readonly Dictionary<string, string> _spellings = new(StringComparer.OrdinalIgnoreCase);

    public bool Claim(string url, SourceSpan owner, DiagnosticBag bag)
    {
        if (Problem(url) is not PathProblem.None and var problem)
        {
            bag.Error(owner, bag.Messages.UnsafeUrl(url, problem));
            return false;
        }
        if (!_owners.TryAdd(url, owner))
        {
            var first = _owners[url];
            // Report on the later file (by path), naming the earlier one, so the message is stable between runs.
            var (here, other) = string.CompareOrdinal(first.File, owner.File) <= 0 ? (owner, first) : (first, owner);
            bag.Error(here, bag.Messages.DuplicateUrl(url, other.File));
            return false;
        }
        return ClaimFolders(url, owner, bag) && ClaimSpelling(url, owner, bag);
    }

    private bool ClaimSpelling(string url, SourceSpan owner, DiagnosticBag bag)
    {
        if (_spellings.TryAdd(url, url)) return true;
        var other = _spellings[url];
        bag.Error(owner, bag.Messages.FilesDifferOnlyByCase(url, other, _owners[other].ToString()));
        return false;
    }

    private bool ClaimFolders(string url, SourceSpan owner, DiagnosticBag bag)
    {
        for (var end = url.IndexOf('/'); end >= 0; end = url.IndexOf('/', end + 1))
        {
            var folder = url[..(end + 1)];
            if (!_folders.TryGetValue(folder, out var known))
            {
                _folders[folder] = (folder, owner);
                continue;
            }
            if (known.Folder == folder) continue;
            // One error per pair of spellings, at the shortest folder where they part, however many pages lie below.
            if (_reported.Add(known.Folder + "\n" + folder))
                bag.Error(owner, bag.Messages.FoldersDifferOnlyByCase(folder, known.Folder, known.Owner.ToString()));
            return false;
        }
        return true;
    }

    /// <summary>Why a relative URL cannot be a path inside the output folder, if it cannot.</summary>
    public static PathProblem Problem(string url)
    {
        if (url.Length == 0) return PathProblem.None;
        var segments = url.EndsWith('/') ? url[..^1].Split('/') : url.Split('/');
        foreach (var segment in segments)
        {
            if (segment.Length == 0) return PathProblem.Empty;
            if (segment is "." or "..") return PathProblem.DotSegment;
            if (segment.Length > MaxFolderName) return PathProblem.TooLong;
            foreach (var c in segment)
                if (char.IsControl(c) || c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|') return PathProblem.BadCharacter;
        }
        return PathProblem.None;
    }
}
