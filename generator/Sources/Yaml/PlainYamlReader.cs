using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using ScalarEvent = YamlDotNet.Core.Events.Scalar;

namespace Bantin.Sources.Yaml;

/// <summary>
/// Reads the plain shape of YAML into YamlDotNet's events: a block mapping at column 1, one <c>key: value</c> per
/// line, nested block mappings indented by spaces, and as values one-line plain scalars, one-line quoted scalars
/// without escapes, or one-line flow mappings of plain scalars (<c>{ value: 790, of: 812 }</c>). Keys are plain ASCII
/// ids. Nothing else: no comments, tabs, lists, anchors, tags, document markers or scalars over several lines.
/// Anything outside that shape, or in doubt, is null, and YamlDotNet's parser reads the text instead.
/// </summary>
internal sealed class PlainYamlReader(string text)
{
    // YAML allows at most 1024 characters before an implicit key's colon.
    private const int MaxKey = 1000;
    // Flow mappings are read by recursion, which must stay shallow; deeper ones are YamlDotNet's (and YamlGuard's).
    private const int MaxFlowDepth = 4;

    private readonly List<ParsingEvent> _events = [];
    private readonly List<int> _indents = [];
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    public List<ParsingEvent>? Read()
    {
        if (text.Length == 0 || !IsKeyStart(text[0])) return null;
        var start = Here();
        _events.Add(new StreamStart(start, start));
        _events.Add(new DocumentStart(null, null, true, start, start));
        OpenBlock(0, start);
        while (SkipEmptyLines())
        {
            var indent = Indent();
            if (!Dedent(indent) || !Entry(indent)) return null;
        }
        var end = new Mark(text.Length, _line + (_pos > _lineStart ? 1 : 0), 1);
        for (var i = _indents.Count; i > 0; i--) _events.Add(new MappingEnd(end, end));
        _events.Add(new DocumentEnd(true, end, end));
        _events.Add(new StreamEnd(end, end));
        return _events;
    }

    private Mark Here() => new(_pos, _line, _pos - _lineStart + 1);

    private char Peek() => _pos < text.Length ? text[_pos] : '\n';

    private bool SkipEmptyLines()
    {
        while (_pos < text.Length && text[_pos] == '\n') NewLine();
        return _pos < text.Length;
    }

    private void NewLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private int Indent()
    {
        while (_pos < text.Length && text[_pos] == ' ') _pos++;
        return _pos - _lineStart;
    }

    // A line less indented closes the mappings it leaves; it must then line up with one still open.
    private bool Dedent(int indent)
    {
        var here = Here();
        while (_indents[^1] > indent)
        {
            _indents.RemoveAt(_indents.Count - 1);
            _events.Add(new MappingEnd(here, here));
        }
        return _indents[^1] == indent;
    }

    private void OpenBlock(int indent, Mark at)
    {
        _indents.Add(indent);
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, at, at));
    }

    private bool Entry(int indent)
    {
        if (!Key() || Peek() != ':') return false;
        _pos++;
        if (Peek() == '\n') return EmptyValue(indent);
        if (Peek() != ' ') return false;
        while (Peek() == ' ') _pos++;
        return Value(flowDepth: 0) && LineEnd();
    }

    // "key:" alone: a mapping when the next line is indented deeper, else an empty value (as `new` leaves them).
    private bool EmptyValue(int indent)
    {
        var here = Here();
        LineEnd();
        if (NextLineStart() is { } next && next.Column - 1 > indent)
            OpenBlock((int)next.Column - 1, next);
        else
            _events.Add(Plain("", here, here, isKey: false));
        return true;
    }

    // Where the next line with text starts after its indentation; null at the end.
    private Mark? NextLineStart()
    {
        var (p, line) = (_pos, _line);
        for (; p < text.Length && text[p] == '\n'; p++) line++;
        var start = p;
        while (p < text.Length && text[p] == ' ') p++;
        return p < text.Length ? new Mark(p, line, p - start + 1) : null;
    }

    private bool LineEnd()
    {
        if (_pos == text.Length) return true;
        if (text[_pos] != '\n') return false;
        NewLine();
        return true;
    }

    private bool Key()
    {
        var start = Here();
        if (!IsKeyStart(Peek())) return false;
        while (_pos < text.Length && IsKeyChar(text[_pos])) _pos++;
        if (_pos - (int)start.Index > MaxKey) return false;
        _events.Add(Plain(text[(int)start.Index.._pos], start, Here(), isKey: true));
        return true;
    }

    private bool Value(int flowDepth) => Peek() switch
    {
        '{' => Flow(flowDepth + 1),
        '"' or '\'' when flowDepth == 0 => Quoted(Peek()),
        _ => PlainValue(flowDepth > 0),
    };

    private bool PlainValue(bool inFlow)
    {
        var start = Here();
        if (!IsPlainStart(Peek(), _pos + 1 < text.Length ? text[_pos + 1] : '\n')) return false;
        while (_pos < text.Length && (inFlow ? IsFlowPlainChar(text[_pos]) : IsBlockPlainChar(text[_pos]))) _pos++;
        if (_pos == start.Index) return false;
        // Trailing spaces are not part of a plain scalar: such a line is left to YamlDotNet.
        if (text[_pos - 1] == ' ') return false;
        _events.Add(Plain(text[(int)start.Index.._pos], start, Here(), isKey: false));
        return true;
    }

    private bool Quoted(char quote)
    {
        var start = Here();
        _pos++;
        while (_pos < text.Length && IsQuotedChar(text[_pos], quote)) _pos++;
        if (Peek() != quote) return false;
        var value = text[((int)start.Index + 1).._pos];
        _pos++;
        var style = quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted;
        _events.Add(new ScalarEvent(AnchorName.Empty, TagName.Empty, value, style, false, true, start, Here(), false));
        return true;
    }

    // { key: value, key: value } on one line, values plain or flow mappings themselves.
    private bool Flow(int depth)
    {
        if (depth > MaxFlowDepth) return false;
        var start = Here();
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow, start, start));
        _pos++;
        SkipSpaces();
        if (Peek() == '}') return CloseFlow();
        while (FlowEntry(depth))
        {
            SkipSpaces();
            if (Peek() == '}') return CloseFlow();
            if (Peek() != ',') return false;
            _pos++;
            SkipSpaces();
        }
        return false;
    }

    private bool FlowEntry(int depth)
    {
        if (!Key() || Peek() != ':') return false;
        _pos++;
        if (Peek() != ' ') return false;
        SkipSpaces();
        return Value(depth);
    }

    private bool CloseFlow()
    {
        var here = Here();
        _events.Add(new MappingEnd(here, here));
        _pos++;
        return true;
    }

    private void SkipSpaces()
    {
        while (Peek() == ' ') _pos++;
    }

    private static ScalarEvent Plain(string value, Mark start, Mark end, bool isKey) =>
        new(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false, start, end, isKey);

    private static bool IsKeyStart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/';

    // Not an indicator ('-' only before a digit: -5), so the scalar means its text.
    private static bool IsPlainStart(char c, char next) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '+' or '(' || (c == '-' && char.IsAsciiDigit(next)) || IsWide(c);

    private static bool IsBlockPlainChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '/' or '%' or '+' or ',' or '(' or ')' || IsWide(c);

    private static bool IsFlowPlainChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '%' or '+' || IsWide(c);

    private static bool IsQuotedChar(char c, char quote) =>
        c != quote && c != '\\' && (c is >= ' ' and <= '~' || IsWide(c));

    // Letters beyond ASCII (Vietnamese), but none YAML or YamlDotNet treat apart: line breaks (U+0085, U+2028,
    // U+2029), spaces other than ' ', the byte-order mark, C1 controls, surrogates and noncharacters.
    private static bool IsWide(char c) =>
        c >= '\u00A0' && !char.IsWhiteSpace(c) && c != '\uFEFF' && !char.IsSurrogate(c) && c < '\uFFFE';
}
