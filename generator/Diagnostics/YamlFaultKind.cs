namespace Bantin.Diagnostics;

/// <summary>What is wrong with a YAML text, in the terms an editor can act on.</summary>
public enum YamlFaultKind
{
    /// <summary>The text is larger than <see cref="YamlLimits.MaxChars"/>.</summary>
    TooLarge,
    /// <summary>Mappings and lists nested deeper than <see cref="YamlLimits.MaxDepth"/>.</summary>
    TooDeep,
    /// <summary>An alias (<c>*a</c>) inside the very node its anchor (<c>&amp;a</c>) names.</summary>
    SelfAlias,
    /// <summary>An alias (<c>*a</c>) with no anchor; usually a value that starts with '*' and needs quotes.</summary>
    UnknownAlias,
    /// <summary>Aliases that would expand to more than <see cref="YamlLimits.MaxAliasNodes"/> nodes (an "alias bomb").</summary>
    TooManyAliases,
    /// <summary>A key written twice in one mapping; the fault carries the first place.</summary>
    DuplicateKey,
    /// <summary>A Tab in a line's indentation.</summary>
    Tab,
    /// <summary>A quote opened and never closed.</summary>
    UnclosedQuote,
    /// <summary>A '[' or '{' never closed; <see cref="YamlFault.Detail"/> holds the bracket.</summary>
    UnclosedBracket,
    /// <summary>": " inside a plain value (<c>title: Hội nghị: tổng kết</c>).</summary>
    ColonInValue,
    /// <summary>A key indented deeper than the keys before it.</summary>
    OverIndentedKey,
    /// <summary>A line whose indentation matches no open block.</summary>
    BadIndentation,
    /// <summary>A plain value starting with a character YAML reserves ('@', '`', '%', '*', '&amp;', '|', '>').</summary>
    ReservedStart,
    /// <summary>A line starting with ':' under a mapping: the key was deleted and the value kept.</summary>
    EmptyKey,
    /// <summary>A second document after a '---' line in a data file or site.yaml, which would be ignored.</summary>
    SecondDocument,
    /// <summary>YamlDotNet failed without saying why; blamed on the last node it read.</summary>
    Unreadable,
    /// <summary>Anything else; <see cref="YamlFault.Detail"/> holds YamlDotNet's (English) reason.</summary>
    Other,
}
