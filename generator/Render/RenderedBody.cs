using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Bantin.Render;

/// <summary>An article or page body turned into HTML, with what lists need from it.</summary>
/// <remarks>
/// Every body stays in memory until its page is drawn and the search index is made, so the HTML is kept as UTF-8:
/// Vietnamese prose and markup take about half the bytes of a .NET string (some 600 MB less at 100,000 articles).
/// </remarks>
public sealed class RenderedBody
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly byte[] _html;
    // The UTF-8 length of a packed body, or -1 when _html is the UTF-8 itself.
    private readonly int _packedLength;

    /// <param name="localFiles">Files beside the source that the body references (images), relative to the source folder.</param>
    /// <param name="links">Every link and image of the body with its position, for <c>check</c>.</param>
    public RenderedBody(string html, string firstParagraph, IReadOnlyList<LocalFile> localFiles, IReadOnlyList<BodyLink> links)
        : this(Utf8.GetBytes(html), -1, firstParagraph, localFiles, links)
    {
    }

    private RenderedBody(byte[] html, int packedLength, string firstParagraph, IReadOnlyList<LocalFile> localFiles, IReadOnlyList<BodyLink> links)
    {
        _html = html;
        _packedLength = packedLength;
        FirstParagraph = firstParagraph;
        LocalFiles = localFiles;
        Links = links;
    }

    /// <summary>The HTML, made into a string for the one who asked (a page being drawn, the search index): it lives as long as they need it.</summary>
    public string Html
    {
        get
        {
            if (_packedLength < 0) return Utf8.GetString(_html);
            var buffer = ArrayPool<byte>.Shared.Rent(_packedLength);
            try
            {
                if (!BrotliDecoder.TryDecompress(_html, buffer, out var written) || written != _packedLength)
                    throw new InvalidOperationException("A packed body did not unpack to its length.");
                return Utf8.GetString(buffer, 0, written);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>True when the HTML is held compressed (<see cref="Packed"/>).</summary>
    public bool IsPacked => _packedLength >= 0;

    public string FirstParagraph { get; }

    public IReadOnlyList<LocalFile> LocalFiles { get; }

    public IReadOnlyList<BodyLink> Links { get; }

    /// <summary>The same body with other HTML (figure placeholders restored).</summary>
    public RenderedBody WithHtml(string html) => new(html, FirstParagraph, LocalFiles, Links);

    /// <summary>
    /// The same body with its HTML compressed (Brotli at its fastest, about a fifth of the bytes): what a build of
    /// tens of thousands of articles holds until their pages are drawn. Unpacking costs each reader a few microseconds.
    /// </summary>
    public RenderedBody Packed()
    {
        if (_packedLength >= 0) return this;
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(_html.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(_html, buffer, out var written, quality: 1, window: 22)) return this;
            return new RenderedBody(buffer.AsSpan(0, written).ToArray(), _html.Length, FirstParagraph, LocalFiles, Links);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public bool SameHtml(RenderedBody other) =>
        _packedLength < 0 && other._packedLength < 0 ? _html.AsSpan().SequenceEqual(other._html) : Html == other.Html;
}
