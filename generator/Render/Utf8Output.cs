using System.Text;
using Scriban.Runtime;

namespace Bantin.Render;

/// <summary>
/// A Scriban output that encodes to UTF-8 as the template writes, into a buffer reused page after page. A page goes
/// to disk without first becoming one large string: list pages are over 85 KB, so each of those strings went to the
/// large object heap and was freed only by full collections (some 700 MB of it at 100,000 articles).
/// </summary>
public sealed class Utf8Output : IScriptOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    // Scriban may write a surrogate pair in two calls; the encoder carries the first half over.
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _buffer = new byte[64 * 1024];
    private int _length;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>The last character written when it is ASCII (one byte, the last of <see cref="Written"/>); else null.</summary>
    public char? LastAscii => _length > 0 && _buffer[_length - 1] < 0x80 ? (char)_buffer[_length - 1] : null;

    public void Clear()
    {
        _length = 0;
        _encoder.Reset();
    }

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public void Write(ReadOnlySpan<char> chars)
    {
        var needed = Utf8.GetMaxByteCount(chars.Length);
        if (_buffer.Length - _length < needed) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + needed));
        _length += _encoder.GetBytes(chars, _buffer.AsSpan(_length), flush: false);
    }

    /// <summary>Bytes already encoded (another output's): nothing of a surrogate pair may be pending.</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        if (_buffer.Length - _length < bytes.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes.Length));
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>What was written, as text.</summary>
    public string ToText() => Utf8.GetString(Written);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Ends the page: a lone half of a surrogate pair at the very end is written as U+FFFD, as a string would be encoded.</summary>
    public void Flush()
    {
        var needed = Utf8.GetMaxByteCount(0);
        if (_buffer.Length - _length < needed) Array.Resize(ref _buffer, _length + needed);
        _length += _encoder.GetBytes(ReadOnlySpan<char>.Empty, _buffer.AsSpan(_length), flush: true);
    }

    /// <summary>Scriban's <c>Template.Render</c> returns its output's text; the page is in <see cref="Written"/>, so that text is empty.</summary>
    public override string ToString() => "";
}
