using System.Runtime.CompilerServices;
using Scriban;

namespace Bantin.Render;

/// <summary>
/// Whether the last text a Scriban context wrote ended a line: Scriban keeps it to know where an indent goes, and has no
/// public setter. Text Bantin writes past Scriban (an include, a page in C#) sets it as Scriban would have.
/// </summary>
internal static class ScribanLines
{
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    public static extern ref bool PreviousTextWasNewLine(TemplateContext context);
}
