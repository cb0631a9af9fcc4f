using YamlDotNet.Core;

namespace Bantin.Sources.Yaml;

/// <summary>
/// Reads the plain shape of YAML nearly every data file has, in one pass and without YamlDotNet's scanner (which
/// allocated about 26 KB per file): a block mapping at column 1, one <c>key: value</c> per line, nested block mappings
/// indented by spaces, and as values one-line plain scalars, one-line quoted scalars without escapes, one-line flow
/// mappings of plain scalars (<c>{ value: 790, of: 812 }</c>) or one-line flow lists of quoted or plain scalars (front
/// matter's <c>tags: ["a", "b"]</c>). Keys are plain ASCII ids, each once per mapping.
/// Nothing else: no comments, tabs, lists, anchors, tags, document markers or scalars over several lines. Anything
/// outside that shape, or in doubt, is null, and YamlDotNet reads the text instead, so every fault keeps its message.
/// The nodes and positions are those YamlDotNet gives (PlainYamlReaderTests compares the two).
/// </summary>
internal sealed class PlainYamlReader(string text)
{
    // YAML allows at most 1024 characters before an implicit key's colon.
    private const int MaxKey = 1000;
    // Deeper texts are left to YamlDotNet and YamlGuard's limit; flow mappings are read by recursion, kept shallow.
    private const int MaxDepth = 8;

    private readonly List<(int Indent, YamlMapping Mapping)> _open = [];
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    public YamlMapping? Read()
    {
        if (text.Length == 0 || !IsKeyStart(text[0])) return null;
        var root = new YamlMapping(1, 1);
        _open.Add((0, root));
        while (SkipEmptyLines())
        {
            var indent = Indent();
            if (!Dedent(indent) || !Entry(indent)) return null;
        }
        return root;
    }

    private int Column => _pos - _lineStart + 1;

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
        while (_open[^1].Indent > indent) _open.RemoveAt(_open.Count - 1);
        return _open[^1].Indent == indent;
    }

    private bool Entry(int indent)
    {
        if (Key() is not { } key || Peek() != ':') return false;
        _pos++;
        if (Peek() == '\n') return EmptyValue(indent, key);
        if (Peek() != ' ') return false;
        SkipSpaces();
        return Value(0) is { } value && _open[^1].Mapping.TryAdd(key, value) && LineEnd();
    }

    // "key:" alone: a mapping when the next line is indented deeper, else an empty value (as `new` leaves them).
    private bool EmptyValue(int indent, YamlText key)
    {
        var empty = new YamlText("", ScalarStyle.Plain, false, _line, Column);
        var parent = _open[^1].Mapping;
        LineEnd();
        if (NextLineStart() is not var (line, column) || column - 1 <= indent) return parent.TryAdd(key, empty);
        if (_open.Count >= MaxDepth) return false;
        var nested = new YamlMapping(line, column);
        _open.Add((column - 1, nested));
        return parent.TryAdd(key, nested);
    }

    // Where the next line with text starts after its indentation; null at the end.
    private (int Line, int Column)? NextLineStart()
    {
        var (p, line) = (_pos, _line);
        for (; p < text.Length && text[p] == '\n'; p++) line++;
        var start = p;
        while (p < text.Length && text[p] == ' ') p++;
        return p < text.Length ? (line, p - start + 1) : null;
    }

    private bool LineEnd()
    {
        if (_pos == text.Length) return true;
        if (text[_pos] != '\n') return false;
        NewLine();
        return true;
    }

    private YamlText? Key()
    {
        var (start, column) = (_pos, Column);
        if (!IsKeyStart(Peek())) return null;
        while (_pos < text.Length && IsKeyChar(text[_pos])) _pos++;
        return _pos - start > MaxKey ? null : new YamlText(text[start.._pos], ScalarStyle.Plain, false, _line, column);
    }

    private YamlValue? Value(int flowDepth) => Peek() switch
    {
        '{' => Flow(flowDepth + 1),
        '[' when flowDepth == 0 => FlowList(),
        '"' or '\'' when flowDepth == 0 => Quoted(Peek()),
        _ => PlainValue(flowDepth > 0),
    };

    private YamlText? PlainValue(bool inFlow)
    {
        var (start, column) = (_pos, Column);
        if (!IsPlainStart(Peek(), _pos + 1 < text.Length ? text[_pos + 1] : '\n')) return null;
        while (_pos < text.Length && (inFlow ? IsFlowPlainChar(text[_pos]) : IsBlockPlainChar(text[_pos]))) _pos++;
        // Trailing spaces are not part of a plain scalar, and ": " (or a final ':') would start a mapping: such a line
        // is left to YamlDotNet. A colon inside a word stays text (2015-01-23T13:28:00+07:00).
        if (_pos == start || text[_pos - 1] is ' ' or ':') return null;
        if (!inFlow && text.AsSpan(start, _pos - start).IndexOf(": ") >= 0) return null;
        return new YamlText(text[start.._pos], ScalarStyle.Plain, false, _line, column);
    }

    private YamlText? Quoted(char quote)
    {
        var (start, column) = (_pos, Column);
        _pos++;
        while (_pos < text.Length && IsQuotedChar(text[_pos], quote)) _pos++;
        if (Peek() != quote) return null;
        _pos++;
        var style = quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted;
        return new YamlText(text[(start + 1)..(_pos - 1)], style, false, _line, column);
    }

    // { key: value, key: value } on one line, values plain or flow mappings themselves.
    private YamlMapping? Flow(int depth)
    {
        if (depth + _open.Count > MaxDepth) return null;
        var mapping = new YamlMapping(_line, Column);
        _pos++;
        SkipSpaces();
        if (Peek() == '}') return CloseFlow(mapping);
        while (FlowEntry(mapping, depth))
        {
            SkipSpaces();
            if (Peek() == '}') return CloseFlow(mapping);
            if (Peek() != ',') return null;
            _pos++;
            SkipSpaces();
        }
        return null;
    }

    // [item, item] on one line, each item quoted (without escapes) or plain; nothing nested.
    private YamlList? FlowList()
    {
        var (line, column) = (_line, Column);
        var items = new List<YamlValue>();
        _pos++;
        SkipSpaces();
        if (Peek() == ']') return CloseList(items, line, column);
        while ((Peek() is '"' or '\'' ? Quoted(Peek()) : PlainValue(inFlow: true)) is { } item)
        {
            items.Add(item);
            SkipSpaces();
            if (Peek() == ']') return CloseList(items, line, column);
            if (Peek() != ',') return null;
            _pos++;
            SkipSpaces();
        }
        return null;
    }

    private YamlList CloseList(List<YamlValue> items, int line, int column)
    {
        _pos++;
        return new YamlList(items, line, column);
    }

    private bool FlowEntry(YamlMapping mapping, int depth)
    {
        if (Key() is not { } key || Peek() != ':') return false;
        _pos++;
        if (Peek() != ' ') return false;
        SkipSpaces();
        return Value(depth) is { } value && mapping.TryAdd(key, value);
    }

    private YamlMapping CloseFlow(YamlMapping mapping)
    {
        _pos++;
        return mapping;
    }

    private void SkipSpaces()
    {
        while (Peek() == ' ') _pos++;
    }

    private static bool IsKeyStart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/';

    // Not an indicator ('-' only before a digit: -5), so the scalar means its text.
    private static bool IsPlainStart(char c, char next) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '+' or '(' || (c == '-' && char.IsAsciiDigit(next)) || IsWide(c);

    private static bool IsBlockPlainChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '/' or '%' or '+' or ',' or '(' or ')' or ':' || IsWide(c);

    private static bool IsFlowPlainChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '%' or '+' || IsWide(c);

    private static bool IsQuotedChar(char c, char quote) =>
        c != quote && c != '\\' && (c is >= ' ' and <= '~' || IsWide(c));

    // Letters beyond ASCII (Vietnamese), but none YAML or YamlDotNet treat apart: line breaks (U+0085, U+2028,
    // U+2029), spaces other than ' ', the byte-order mark, C1 controls, surrogates and noncharacters.
    private static bool IsWide(char c) =>
        c >= '\u00A0' && !char.IsWhiteSpace(c) && c != '\uFEFF' && !char.IsSurrogate(c) && c < '\uFFFE';
}
