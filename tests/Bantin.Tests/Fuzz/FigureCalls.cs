using CsCheck;

namespace Bantin.Tests.Fuzz;

/// <summary>
/// Figure calls with mutated arguments: real and unknown indicators, units and periods; wrong types, huge and
/// negative numbers, arrays, unknown options, broken syntax; and a little of the rest of Scriban.
/// Quotes come straight or curly, as Word turns them.
/// </summary>
public static class FigureCalls
{
    private static readonly Gen<string> Indicator = Gen.Frequency(
        (6, Gen.OneOf([.. ExampleSite.IndicatorIds])),
        (2, Gen.OneOf([.. ExampleSite.IndicatorIds]).Select(id => id.ToUpperInvariant())),
        (1, Gen.OneOf("", " ", "khong-co", "doan-vien-moi ", "doan_vien_moi", "đoàn-viên-mới", "a/b", "..", "%", "{{", "\\")),
        (1, Hostile.Word.Select(w => new string(w.Where(c => c is not ('"' or '“' or '”' or '‘' or '’')).ToArray()))));

    private static readonly Gen<string> Unit = Gen.Frequency(
        (5, Gen.OneOf([.. ExampleSite.UnitIds])),
        (1, Gen.OneOf("khong-co", "", "vn/", "/vn", "CAO-BANG", "cao-bang/hoa-an/x")));

    /// <summary>A Scriban value: string, number, bool, null, array (nested, bounded) or a bare name.</summary>
    private static readonly Gen<string> Value = Gen.Frequency(
        (5, Indicator.Select(Quote)),
        (2, Unit.Select(Quote)),
        (2, Hostile.Period.Select(p => Quote(p.Trim('"')))),
        (2, Gen.OneOf("0", "-1", "1", "2", "10", "1000000", "99999999999999999999", "1e308", "-1e308", "0.5", "1/0", "3.14", "-0")),
        (1, Gen.OneOf("true", "false", "null", "x", "site", "page", "value", "[]", "{}", "[[]]", "\"\"", "''", "'x'", "`x`")),
        (1, Indicator.Array[0, 4].Select(a => "[" + string.Join(", ", a.Select(Quote)) + "]")),
        (1, Indicator.Array[1, 3].Array[1, 3].Select(a => "[" + string.Join(", ", a.Select(inner => "[" + string.Join(", ", inner.Select(Quote)) + "]")) + "]")));

    private static readonly Gen<string> Named = Gen.Select(
        Gen.OneOf("unit", "period", "by", "pad", "of", "target", "set_by", "kind", "measure", "label", "x", "unit:", "Unit", "period "),
        Gen.Frequency((4, Value), (1, Gen.Const(""))),
        (name, value) => $"{name}: {value}");

    /// <summary>One call, well-formed or not.</summary>
    public static readonly Gen<string> Call = Gen.Frequency(
        (8, Gen.Select(
            Gen.Frequency((5, Gen.OneOf("value", "percent", "table", "chart", "progress")), (1, Gen.OneOf("target", "values", "Value", "include", "x", ""))),
            Value.Array[0, 2], Named.Array[0, 3],
            (name, positional, named) => "{{ " + string.Join(" ", new[] { name }.Concat(positional).Concat(named)) + " }}")),
        (2, Gen.OneOf(
            "{{ value \"doan-vien-moi\"", "{{ value \"doan-vien-moi }}", "{{ value doan-vien-moi }}", "{{{ value \"doan-vien-moi\" }}}",
            "{{ value \"doan-vien-moi\" }} }}", "{{ {{ value \"doan-vien-moi\" }} }}", "{{", "}}", "{{}}", "{{ }}", "{{ - }}",
            "{{ value \"doan-vien-moi\" | string.upcase }}", "{{ \"x\" | string.upcase }}", "{{ x = 1 }}{{ x }}", "{{ 1/0 }}",
            "{{ for i in 1..3 }}{{ value \"doan-vien-moi\" }}{{ end }}", "{{ if true }}x{{ end }}", "{{ if }}", "{{ end }}",
            "{{ include \"partials/footer.html\" }}", "{{ func f; ret 1; end }}", "{{ while true; break; end }}", "{{ capture x }}y{{ end }}",
            "{{ value \"doan-vien-moi\" unit: \"cao-bang\" unit: \"vn\" }}", "{{ value \"doan-vien-moi\" period: \"2019-04..2017-01\" }}",
            "{{ table [\"doan-vien-moi\", [\"cdcs-moi\"]] }}", "{{ chart \"doan-vien-moi\" by: \"day\" }}", "{{ chart \"doan-vien-moi\" by: \"unit\" }}",
            "{{ progress \"doan-vien-moi\" of: 0 }}", "{{ value \"doan-vien-moi\" pad: -5 }}", "{{ value \"doan-vien-moi\" pad: 1000000 }}",
            "{{ value 'doan-vien-moi' }}", "{{# comment }}", "{{ ## x ## }}", "{% raw %}", "{{ site.title }}", "{{ page.title }}",
            "{{ value \"doan-vien-moi\" }}{{ value \"doan-vien-moi\" }}", "\\{{ value \"doan-vien-moi\" }}", "`{{ value \"doan-vien-moi\" }}`")));

    private static string Quote(string s) =>
        (s.Length % 5 == 4 ? "“" : "\"") + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + (s.Length % 5 == 4 ? "”" : "\"");
}
