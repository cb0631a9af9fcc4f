using System.Text.RegularExpressions;
using CsCheck;

namespace Bantin.Tests.Fuzz;

/// <summary>
/// One edit of a real file, as a slip or a bad paste would make it: a value replaced, a line lost, doubled, moved or
/// re-indented, a character pasted in, the file cut short. Several in a row turn a valid file into a near-valid one.
/// </summary>
public sealed record Mutation(int Kind, int Line, int Other, int Amount, string Payload)
{
    private const int Kinds = 10;

    public static readonly Gen<Mutation> Any = Gen.Select(Gen.Int[0, Kinds - 1], Gen.Int[0, 10_000], Gen.Int[0, 10_000], Gen.Int[-4, 4],
        Gen.Frequency((4, Hostile.Scalar), (1, Hostile.Word), (1, Hostile.Number)),
        (kind, line, other, amount, payload) => new Mutation(kind, line, other, amount, payload));

    public static Gen<string> Of(string text, int most = 4) =>
        Any.Array[1, most].Select(mutations => mutations.Aggregate(text, (t, m) => m.Apply(t)));

    /// <summary>Edits that keep a data file valid: another count, another name, a comment or blank line lost or
    /// doubled. The site still builds, so its pages are drawn from odd names and numbers.</summary>
    public static Gen<string> MildOf(string text, int most = 4) =>
        Gen.Select(Gen.Int[10, 12], Gen.Int[0, 10_000], Gen.Int[0, 100_000], Hostile.Quoted,
            (kind, line, number, name) => new Mutation(kind, line, 0, number, name))
            .Array[1, most].Select(mutations => mutations.Aggregate(text, (t, m) => m.Apply(t)));

    private static readonly Regex NameLine = new(@"^(\s*-?\s*(name|short|source): ).*$");

    private static readonly Regex NumberToken = new(@"(?<![\w.-])-?\d+(\.\d+)?(?![\w.-])");
    private static readonly Regex IdToken = new(@"(?<=[\s:\[,""])[a-z0-9]+(-[a-z0-9]+)+(/[a-z0-9-]+)*");

    public string Apply(string text)
    {
        var lines = text.Split('\n').ToList();
        var i = Line % lines.Count;
        var j = Other % lines.Count;
        switch (Kind)
        {
            case 0: // a value replaced
                var colon = lines[i].IndexOf(':');
                lines[i] = colon >= 0 ? lines[i][..(colon + 1)] + " " + Payload : lines[i] + Payload;
                break;
            case 1:
                lines.RemoveAt(i);
                break;
            case 2:
                lines.Insert(i, lines[i]);
                break;
            case 3:
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            case 4: // a new line, as key, list item or raw text
                lines.Insert(i, (Amount % 3) switch { 0 => $"{Payload}: {Payload}", 1 or -1 => $"- {Payload}", _ => Payload });
                break;
            case 5: // indentation changed by a few spaces, or a tab
                lines[i] = Amount > 0 ? new string(Amount == 4 ? '\t' : ' ', Amount) + lines[i] : lines[i][Math.Min(-Amount, lines[i].Length - lines[i].TrimStart().Length)..];
                break;
            case 6: // something pasted in mid-line
                var at = lines[i].Length == 0 ? 0 : Other % (lines[i].Length + 1);
                lines[i] = lines[i][..at] + Payload + lines[i][at..];
                break;
            case 7: // cut short
                return string.Join('\n', lines.Take(i + 1));
            case 8:
                lines[i] = NumberToken.Replace(lines[i], _ => Payload, 1);
                break;
            case 10: // another count where the file has one
                lines[i] = NumberToken.Replace(lines[i], m => m.Value.Contains('.') || m.Value.StartsWith('-') || lines[i].Contains("period") || lines[i].Contains("source") || lines[i].Contains("..") ? m.Value : Amount.ToString(), 1);
                break;
            case 11: // another name
                lines[i] = NameLine.Replace(lines[i], m => m.Groups[1].Value + Payload);
                break;
            case 12: // a comment or blank line lost or doubled
                if (lines[i].TrimStart().StartsWith('#') || lines[i].Trim().Length == 0)
                {
                    if (Amount % 2 == 0) lines.RemoveAt(i);
                    else lines.Insert(i, lines[i]);
                }
                break;
            case 9:
                lines[i] = IdToken.Replace(lines[i], m => Amount switch { > 2 => m.Value.ToUpperInvariant(), < -2 => m.Value + " ", 0 => "", _ => Payload }, 1);
                break;
        }
        return string.Join('\n', lines);
    }
}
