using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Bantin.Render;

/// <summary>An article or page body turned into HTML, with what lists need from it.</summary>
/// <remarks>
/// Every body stays in memory until its page is drawn and the search index is made. A large site keeps them
/// compressed (<see cref="Packed"/>); a small one keeps the string, which its readers take as it is.
/// </remarks>
public sealed class RenderedBody
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string? _html;
    // A packed body: its HTML as UTF-8 compressed with Brotli, and the length of that UTF-8.
    private readonly byte[]? _packed;
    private readonly int _packedLength;

    /// <param name="localFiles">Files beside the source that the body references (images), relative to the source folder.</param>
    /// <param name="links">Every link and image of the body with its position, for <c>check</c>.</param>
    public RenderedBody(string html, string firstParagraph, IReadOnlyList<LocalFile> localFiles, IReadOnlyList<BodyLink> links)
        : this(html, null, 0, firstParagraph, localFiles, links)
    {
    }

    private RenderedBody(string? html, byte[]? packed, int packedLength, string firstParagraph, IReadOnlyList<LocalFile> localFiles, IReadOnlyList<BodyLink> links)
    {
        _html = html;
        _packed = packed;
        _packedLength = packedLength;
        FirstParagraph = firstParagraph;
        LocalFiles = localFiles;
        Links = links;
    }

    /// <summary>The HTML; a packed body makes a new string for the one who asked, which lives as long as they need it.</summary>
    public string Html => _html ?? Unpack();

    /// <summary>True when the HTML is held compressed (<see cref="Packed"/>).</summary>
    public bool IsPacked => _packed is not null;

    public string FirstParagraph { get; }

    public IReadOnlyList<LocalFile> LocalFiles { get; }

    public IReadOnlyList<BodyLink> Links { get; }

    /// <summary>The same body with other HTML (figure placeholders restored).</summary>
    public RenderedBody WithHtml(string html, string? firstParagraph = null) => new(html, firstParagraph ?? FirstParagraph, LocalFiles, Links);

    /// <summary>
    /// The same body with its HTML compressed (UTF-8, then Brotli at its fastest: about a tenth of the string's bytes),
    /// what a build of tens of thousands of articles holds until their pages are drawn. Unpacking costs each reader a
    /// few microseconds.
    /// </summary>
    /// <remarks>
    /// Only a build packs, and it reads the first paragraph only through <see cref="ViewFactory.Shorten"/> and never
    /// the links (those are for <c>check</c>): a packed body keeps the first paragraph's first
    /// <see cref="ViewFactory.SummaryLength"/> + 1 characters, which shorten to the same summary, and no links. At
    /// 100,000 articles the rest was some 170 MB held to the end of the build.
    /// </remarks>
    public RenderedBody Packed()
    {
        if (_html is null) return this;
        var utf8 = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(_html.Length));
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(utf8.Length));
        try
        {
            var length = Utf8.GetBytes(_html, utf8);
            if (!BrotliEncoder.TryCompress(utf8.AsSpan(0, length), buffer, out var written, quality: 1, window: 22)) return this;
            var lead = FirstParagraph.Length <= ViewFactory.SummaryLength + 1 ? FirstParagraph : FirstParagraph[..(ViewFactory.SummaryLength + 1)];
            return new RenderedBody(null, buffer.AsSpan(0, written).ToArray(), length, lead, LocalFiles, []);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    public bool SameHtml(RenderedBody other) => string.Equals(Html, other.Html, StringComparison.Ordinal);

    private string Unpack()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(_packedLength);
        try
        {
            if (!BrotliDecoder.TryDecompress(_packed, buffer, out var written) || written != _packedLength)
                throw new InvalidOperationException("A packed body did not unpack to its length.");
            return Utf8.GetString(buffer, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
