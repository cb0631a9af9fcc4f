using Bantin.Diagnostics;
using Bantin.Sources.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bantin.Sources;

/// <summary>
/// Reads a YAML text to its root node, whatever its shape (data/units.yaml is a list), keeping positions. The one
/// way every YAML in a site is read (front matter, data files, site.yaml), so all get the same limits (see
/// <see cref="YamlGuard"/>) and the same messages: in the site language, at the place to fix.
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>
    /// False after reporting; on success <paramref name="root"/> is null for an empty text.
    /// <paramref name="lineOffset"/> is the number of lines before the text in its file (front matter's <c>---</c>).
    /// </summary>
    public static bool TryRead(string text, string file, int lineOffset, DiagnosticBag bag, out YamlValue? root)
    {
        // The plain shape (nearly every data file) is read without YamlDotNet, to the same nodes.
        root = text.Length <= YamlGuard.MaxChars ? new PlainYamlReader(text).Read() : null;
        if (root is not null) return true;
        var fault = Load(text, out var stream);
        if (fault is null && stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            fault = new YamlFault(YamlFaultKind.SecondDocument, (int)second.Start.Line, (int)second.Start.Column);
        }
        if (fault is not null)
        {
            var first = new SourceSpan(file, fault.FirstLine + lineOffset, fault.FirstColumn);
            bag.Error(new SourceSpan(file, fault.Line + lineOffset, fault.Column), bag.Messages.Yaml(fault, first.ToString()));
            return false;
        }
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is not YamlScalarNode { Value: null or "" })
            root = YamlTree.From(stream.Documents[0].RootNode);
        return true;
    }

    public static SourceSpan SpanOf(YamlValue node, string file) => new(file, node.Line, node.Column);

    private static YamlFault? Load(string text, out YamlStream stream)
    {
        stream = new YamlStream();
        if (text.Length > YamlGuard.MaxChars) return new YamlFault(YamlFaultKind.TooLarge, 1, 1);
        var guard = new YamlGuard(new Parser(new StringReader(text)));
        try
        {
            stream.Load(guard);
            return null;
        }
        catch (YamlFaultException e)
        {
            return e.Fault;
        }
        catch (YamlException e)
        {
            return YamlSyntaxFault.From(e, text, guard.OpenFlow);
        }
        catch (ArgumentException) when (EmptyYamlKey.Find(text) is var (line, column))
        {
            // "  : 29" under a mapping (the id deleted, the value kept) makes YamlDotNet throw this.
            return new YamlFault(YamlFaultKind.EmptyKey, line, column);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            // YamlDotNet throws these for some malformed texts (an unclosed '[' followed by more lines, "- : x"
            // followed by an indented key): still a fault in the text, never a crash.
            return YamlSyntaxFault.FromUnexpected(guard.OpenFlow, guard.Last);
        }
    }
}
