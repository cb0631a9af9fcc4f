using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Bantin.Render;

/// <summary>
/// <c>include</c> for templates. Scriban renders an included template into a string builder of its own, makes that a
/// string and prints the string: on a data page the results table (some 20,000 characters) became a builder and a
/// string, 80 KB of garbage at every one of 11,400 unit × period pages. An include printed where it stands (a
/// statement <c>{{ include "name" }}</c> with no other argument) is written here straight into the output it prints
/// to, indented as Scriban indents the string (<see cref="IndentingOutput"/>): the same characters, no string. Any
/// other use (a pipe, an assignment, arguments) is Scriban's own include (DirectIncludeTests compare the two).
/// </summary>
internal sealed class DirectInclude : IScriptCustomFunction
{
    public static DirectInclude Instance { get; } = new();

    private static readonly Scriban.Functions.IncludeFunction Scriban = new();

    public int RequiredParameterCount => Scriban.RequiredParameterCount;

    public int ParameterCount => Scriban.ParameterCount;

    public ScriptVarParamKind VarParamKind => Scriban.VarParamKind;

    public Type ReturnType => Scriban.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => Scriban.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (!Printed(context, callerContext, arguments)) return Scriban.Invoke(context, callerContext, arguments, blockStatement);
        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), callerContext);
        if (path is null) return null;
        var template = context.GetOrCreateTemplate(path, callerContext!);
        Render(context, template, arguments, callerContext!);
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    // What Scriban's TemplateContext.RenderTemplate does, but into the caller's output instead of a new string builder.
    private static void Render(TemplateContext context, Template template, ScriptArray arguments, ScriptNode callerContext)
    {
        context.EnterRecursive(callerContext);
        var indent = context.CurrentIndent;
        ref var atLineStart = ref ScribanLines.PreviousTextWasNewLine(context);
        var output = new IndentingOutput(context.Output, indent, atLineStart);
        context.CurrentIndent = null;
        // Inside an indented include Scriban starts the included text as if no line had ended (RenderTemplate).
        if (indent is not null) atLineStart = false;
        context.PushOutput(output);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            template.Render(context);
        }
        finally
        {
            context.PopLocal();
            context.PopOutput();
            context.CurrentIndent = indent;
            // As after Scriban prints the include's string: the caller's state follows the text's last character.
            atLineStart = output.AtLineStart;
            context.ExitRecursive(callerContext);
        }
    }

    // An include whose text Scriban would print as it stands, with the template name alone (named arguments become
    // variables of the included template: left to Scriban).
    private static bool Printed(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments) =>
        arguments.Count == 1 && context.EnableOutput && callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement } call
        && call.Arguments.Count == 1 && call.Arguments[0] is not ScriptNamedArgument;
}
