using System.Reflection;
using System.Reflection.Emit;
namespace Bantin.Tests.Architecture;

/// <summary>
/// The build's layers run one way: a namespace of the generator may use its own layer and the layers below, never one
/// above. Read from the compiled assembly (signatures, base types, attributes and every type, method and field that a
/// method body names), so a partly qualified name such as <c>Incremental.FileProbe</c> is caught as well as a using.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>
    /// Bottom first. A namespace sits in the layer of its first two parts (<c>Bantin.Render.Data</c> is <c>Bantin.Render</c>);
    /// the root namespace <c>Bantin</c> holds the one-shot build. Theme is templates and assets, not code.
    /// A new folder of generator/ must be placed here, or this test fails.
    /// </summary>
    private static readonly string[][] Layers =
    [
        // Numbers and dates written the Vietnamese way, and the Language enum they take: pure text, below the
        // messages, which print numbers the same way (171.283, 97,29%).
        ["Bantin.Formatting"],
        // Diagnostics, the message catalogue and the problem kinds it names (PathProblem, PeriodError, YamlFault …).
        ["Bantin.Diagnostics"],
        ["Bantin.Model"],
        ["Bantin.Sources"],
        // Spreadsheets in (import) and report forms out: they read data/ through Sources and write only results files.
        ["Bantin.Import"],
        ["Bantin.Forms"],
        ["Bantin.Compute"],
        ["Bantin.Render"],
        // The export reads the same data views the pages are drawn from, and writes with the forms' workbook helpers.
        ["Bantin.Export"],
        ["Bantin.Output"],
        // Whole-site checks (links, typed figures) read rendered pages: above Render.
        ["Bantin.Checks"],
        // The one-shot build (SiteBuilder), what every build shares (BuildOptions, BuildResult, BuildCrash, exit
        // codes), and the stages as calls with typed inputs and outputs, which the preview's build calls too.
        ["Bantin", "Bantin.Stages"],
        // The preview's build: the same stages with its caches, and the in-place path after body-only edits.
        ["Bantin.Incremental"],
        // Features beside the preview: they call the stages (a new site is built and checked like any other), and
        // the command line calls them. Deploy builds before it sends, so it sits here too.
        ["Bantin.Preview", "Bantin.Scaffold", "Bantin.Deploy"],
        ["Bantin.Cli"],
    ];

    [Fact]
    public void No_namespace_uses_one_above_it()
    {
        var violations = Uses(typeof(SiteBuilder).Assembly)
            .Where(use => Level(use.From) < Level(use.To))
            .GroupBy(use => $"{use.From} → {use.To}")
            .OrderBy(uses => uses.Key, StringComparer.Ordinal)
            .Select(uses => uses.Key + "\n    " + string.Join("\n    ", uses.Select(use => use.Where).Distinct().Order(StringComparer.Ordinal).Take(5)))
            .ToList();

        Assert.True(violations.Count == 0, "Uses of a higher layer:\n" + string.Join("\n", violations));
    }

    /// <summary>
    /// A constant (a limit quoted by a message) is copied into the IL and leaves no trace there: the usings of the
    /// source files are read as well.
    /// </summary>
    [Fact]
    public void No_source_file_has_a_using_of_a_layer_above_it()
    {
        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Support.Repo.Root, "generator"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")) continue;
            var lines = File.ReadAllLines(file);
            if (lines.Select(l => UsingOrNamespace.Match(l)).FirstOrDefault(m => m.Success && m.Groups[1].Value == "namespace") is not { } declared) continue;
            var from = LayerName(declared.Groups[2].Value);
            foreach (var used in lines.Select(l => UsingOrNamespace.Match(l)).Where(m => m.Success && m.Groups[1].Value == "using"))
                if (Ours(used.Groups[2].Value) && Level(from) < Level(LayerName(used.Groups[2].Value)))
                    violations.Add($"{Path.GetRelativePath(Support.Repo.Root, file)}: using {used.Groups[2].Value}");
        }
        Assert.True(violations.Count == 0, "Usings of a higher layer:\n" + string.Join("\n", violations));
    }

    private static readonly System.Text.RegularExpressions.Regex UsingOrNamespace =
        new(@"^(using|namespace) (Bantin(?:\.[A-Za-z]+)*);");

    [Fact]
    public void Every_namespace_has_a_layer()
    {
        var unplaced = typeof(SiteBuilder).Assembly.GetTypes()
            .Select(type => type.Namespace).OfType<string>().Where(Ours).Select(LayerName)
            .Where(name => Level(name) < 0).Distinct().ToList();

        Assert.True(unplaced.Count == 0, "Place in LayeringTests.Layers: " + string.Join(", ", unplaced));
    }

    [Fact]
    public void The_check_sees_a_use_inside_a_method_body()
    {
        // typeof(SiteBuilder) is written only inside the body of the test above: found there, the scan reads IL.
        var uses = Uses(typeof(Bantin.Tests.Architecture.LayeringTests).Assembly).ToList();
        Assert.Contains(uses, use => use.From == "Bantin.Tests" && use.To == "Bantin" && use.Where.Contains(nameof(No_namespace_uses_one_above_it)));
    }

    private static int Level(string layer) => Array.FindIndex(Layers, names => names.Contains(layer));

    private static bool Ours(string name) => name == "Bantin" || name.StartsWith("Bantin.", StringComparison.Ordinal);

    private static string LayerName(string ns) => string.Join('.', ns.Split('.').Take(2));

    private sealed record Use(string From, string To, string Where);

    /// <summary>Every use of one of our types by a type of <paramref name="assembly"/>, as layer → layer.</summary>
    private static IEnumerable<Use> Uses(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (Outer(type).Namespace is not { } ns || !Ours(ns)) continue;
            var from = LayerName(ns);
            foreach (var (used, where) in Named(type))
                if (Outer(used).Namespace is { } target && Ours(target) && LayerName(target) != from)
                    yield return new Use(from, LayerName(target), $"{Outer(type).FullName}: {where} names {used.FullName}");
        }
    }

    /// <summary>Compiler-made types (lambdas, iterators) belong to the type they were written in.</summary>
    private static Type Outer(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type;
    }

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<(Type Used, string Where)> Named(Type type)
    {
        foreach (var t in Parts(type.BaseType).Concat(type.GetInterfaces().SelectMany(Parts))) yield return (t, "base");
        foreach (var t in type.CustomAttributes.SelectMany(a => Parts(a.AttributeType))) yield return (t, "attribute");
        foreach (var field in type.GetFields(All))
            foreach (var t in Parts(field.FieldType)) yield return (t, field.Name);
        foreach (var property in type.GetProperties(All))
            foreach (var t in Parts(property.PropertyType)) yield return (t, property.Name);
        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            var signature = method.GetParameters().Select(p => p.ParameterType)
                .Concat(method is MethodInfo info ? [info.ReturnType] : []);
            foreach (var t in signature.SelectMany(Parts)) yield return (t, method.Name);
            foreach (var t in InBody(method).SelectMany(Parts)) yield return (t, method.Name);
        }
    }

    /// <summary>A type and what it is made of: element types, generic arguments.</summary>
    private static IEnumerable<Type> Parts(Type? type)
    {
        if (type is null) yield break;
        if (type.HasElementType)
        {
            foreach (var t in Parts(type.GetElementType())) yield return t;
            yield break;
        }
        if (type.IsGenericParameter) yield break;
        yield return type;
        if (type.IsConstructedGenericType)
            foreach (var t in type.GenericTypeArguments.SelectMany(Parts)) yield return t;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(op => op.Value);

    /// <summary>The types named by the IL of a method: the declaring types of the methods and fields it uses, the types it creates, casts to or loads.</summary>
    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method is MethodInfo { IsGenericMethod: true } m ? m.GetGenericArguments() : null;
        foreach (var local in method.GetMethodBody()!.LocalVariables) yield return local.LocalType;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            if (op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                MemberInfo? member;
                try
                {
                    member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArgs, methodArgs);
                }
                catch (ArgumentException)
                {
                    member = null;
                }
                switch (member)
                {
                    case Type t:
                        yield return t;
                        break;
                    case MethodInfo called:
                        if (called.DeclaringType is { } owner) yield return owner;
                        foreach (var t in called.GetGenericArguments()) yield return t;
                        yield return called.ReturnType;
                        foreach (var p in called.GetParameters()) yield return p.ParameterType;
                        break;
                    case MemberInfo other:
                        if (other.DeclaringType is { } declaring) yield return declaring;
                        if (other is FieldInfo field) yield return field.FieldType;
                        break;
                }
            }
            i += Size(op, il, i);
        }
    }

    private static int Size(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
