using Bantin.Diagnostics;

namespace Bantin.Incremental;

/// <summary>
/// Something loaded from a whole folder at once (templates, data): kept while no file under the folder changed.
/// <see cref="Version"/> moves on every reload, so pages that show it know they must be drawn again.
/// </summary>
public sealed class FolderCache<T>
{
    private IReadOnlyList<(string Path, FileStamp Stamp)>? _stamps;
    private Captured<T>? _value;

    public long Version { get; private set; }

    public T Get(string folder, FileProbe probe, DiagnosticBag bag, Func<DiagnosticBag, T> load)
    {
        if (_value is not null && probe.UnchangedUnder(folder)) return _value.ReplayInto(bag);
        var stamps = FileStamp.Under(folder);
        if (_value is null || _stamps is null || !_stamps.SequenceEqual(stamps))
        {
            _value = Captured<T>.Run(bag.Messages, load);
            _stamps = stamps;
            Version++;
        }
        return _value.ReplayInto(bag);
    }

    public void Forget()
    {
        _value = null;
        _stamps = null;
        Version++;
    }
}
