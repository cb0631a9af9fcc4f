using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bantin.Sources.Yaml;

/// <summary>
/// The events YamlDotNet's parser gives for a text of the plain shape nearly every data file has (see
/// <see cref="PlainYamlReader"/>), with the same values, styles and marks, read in one pass. YamlDotNet's scanner
/// allocated about 26 KB per file and was half the data stage at 7,800 results files; this allocates the events only.
/// </summary>
internal sealed class PlainYamlParser : IParser
{
    private readonly List<ParsingEvent> _events;
    private int _at = -1;

    private PlainYamlParser(List<ParsingEvent> events) => _events = events;

    public ParsingEvent? Current => _at >= 0 ? _events[_at] : null;

    /// <summary>
    /// Null when the text is not of the plain shape: YamlDotNet's own parser reads it then, so anything unusual
    /// (and every fault, with its message) takes the one path it always took.
    /// </summary>
    public static PlainYamlParser? TryCreate(string text) =>
        new PlainYamlReader(text).Read() is { } events ? new PlainYamlParser(events) : null;

    public bool MoveNext()
    {
        if (_at >= _events.Count - 1) return false;
        _at++;
        return true;
    }
}
