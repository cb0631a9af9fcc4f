using Bantin.Diagnostics;

namespace Bantin.Compute;

/// <summary>Claims every output URL once, so two items that would overwrite each other are an error naming both.</summary>
public sealed class UrlRegistry
{
    private readonly Dictionary<string, SourceSpan> _owners = new(StringComparer.Ordinal);

    public bool Claim(string url, SourceSpan owner, DiagnosticBag bag)
    {
        if (_owners.TryAdd(url, owner)) return true;
        var first = _owners[url];
        // Report on the later file (by path), naming the earlier one, so the message is stable between runs.
        var (here, other) = string.CompareOrdinal(first.File, owner.File) <= 0 ? (owner, first) : (first, owner);
        bag.Error(here, bag.Messages.DuplicateUrl(url, other.File));
        return false;
    }
}
