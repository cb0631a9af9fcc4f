namespace Bantin.Diagnostics;

/// <summary>
/// One problem in a YAML text, at a 1-based line and column of that text (not yet shifted by the lines before
/// it in its file). <see cref="Detail"/> and <see cref="Extra"/> carry what the message quotes: the key, the
/// bracket, the character, the value; <see cref="FirstLine"/>/<see cref="FirstColumn"/> the earlier place of a
/// key written twice.
/// </summary>
public sealed record YamlFault(YamlFaultKind Kind, int Line, int Column, string Detail = "", string Extra = "",
    int FirstLine = 0, int FirstColumn = 0);
