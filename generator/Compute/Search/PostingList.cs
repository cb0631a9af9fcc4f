using System.Collections;
using System.Text;

namespace Bantin.Compute.Search;

/// <summary>
/// The documents a form is in, kept as the text they are written in (<see cref="SearchShards.Encode"/>): about one
/// byte per document instead of eight. At 100,000 articles the postings as numbers, their growth and their text
/// were some 700 MB while the index was made.
/// </summary>
public sealed class PostingList : IEnumerable<Posting>
{
    private byte[] _text = new byte[8];
    private int _length;
    private int _last = -1;

    public int Count { get; private set; }

    /// <summary>Adds a document after every one added so far.</summary>
    public void Add(int doc, int weight)
    {
        if (doc <= _last) throw new ArgumentException($"Documents are added in order: {doc} after {_last}.", nameof(doc));
        var value = (long)(doc - _last) * Posting.WeightBase + weight;
        _last = doc;
        Count++;
        Span<byte> digits = stackalloc byte[16];
        var n = 0;
        digits[n++] = (byte)SearchShards.Digits[(int)(value & 31)];
        for (value >>= 5; value > 0; value >>= 5) digits[n++] = (byte)SearchShards.Digits[32 + (int)(value & 31)];
        if (_text.Length - _length < n) Array.Resize(ref _text, Math.Max(_text.Length * 2, _length + n));
        for (var i = n - 1; i >= 0; i--) _text[_length++] = digits[i];
    }

    /// <summary>The postings as written in a shard.</summary>
    public string Text => Encoding.ASCII.GetString(_text, 0, _length);

    /// <summary>The same text as UTF-8 bytes (its characters are ASCII), written into a shard without a string between.</summary>
    public ReadOnlySpan<byte> Utf8 => _text.AsSpan(0, _length);

    public IEnumerator<Posting> GetEnumerator()
    {
        var (doc, value) = (-1, 0L);
        for (var i = 0; i < _length; i++)
        {
            var digit = SearchShards.Digits.IndexOf((char)_text[i], StringComparison.Ordinal);
            value = value * 32 + (digit & 31);
            if (digit >= 32) continue;
            doc += (int)(value / Posting.WeightBase);
            yield return new Posting(doc, (int)(value % Posting.WeightBase));
            value = 0;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
