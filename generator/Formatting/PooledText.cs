using System.Buffers;

namespace Bantin.Formatting;

/// <summary>
/// A string built in a buffer borrowed from the shared pool and given back on <see cref="Dispose"/>: for text made
/// once per page, thousands of times a build (a data page's results table is some 15,000 characters), where a
/// <see cref="System.Text.StringBuilder"/> of that size would be 30 KB of garbage per page beside the string itself.
/// </summary>
public sealed class PooledText(int capacity) : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
    private int _length;

    public PooledText Append(string? text)
    {
        if (string.IsNullOrEmpty(text)) return this;
        Room(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
        return this;
    }

    public PooledText Append(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return this;
        Room(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
        return this;
    }

    /// <summary>What was appended, without making it a string.</summary>
    public ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

    public PooledText Append(char c)
    {
        Room(1);
        _chars[_length++] = c;
        return this;
    }

    public override string ToString() => new(_chars, 0, _length);

    public void Dispose()
    {
        var chars = _chars;
        _chars = [];
        _length = 0;
        if (chars.Length > 0) ArrayPool<char>.Shared.Return(chars);
    }

    private void Room(int more)
    {
        if (_chars.Length - _length >= more) return;
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
        _chars.AsSpan(0, _length).CopyTo(bigger);
        if (_chars.Length > 0) ArrayPool<char>.Shared.Return(_chars);
        _chars = bigger;
    }
}
