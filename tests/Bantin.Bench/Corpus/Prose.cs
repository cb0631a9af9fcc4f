using System.Text;

namespace Bantin.Bench.Corpus;

/// <summary>Bulletin-style Vietnamese sentences from <see cref="Vocabulary"/>, counting the words written.</summary>
public sealed class Prose
{
    private readonly Random _random;
    private readonly StringBuilder _out;
    private readonly string _unit;

    public Prose(Random random, StringBuilder output, string unitShort)
    {
        _random = random;
        _out = output;
        _unit = unitShort;
    }

    /// <summary>Words (space-separated syllables, as Vietnamese counts them loosely) written so far.</summary>
    public int Words { get; private set; }

    public void Text(string text)
    {
        _out.Append(text);
        Words += CountWords(text);
    }

    public void Line(string text = "")
    {
        Text(text);
        _out.Append('\n');
    }

    /// <summary>Words that are markup (headings' #, list dashes, table pipes) are not counted.</summary>
    public void Markup(string text) => _out.Append(text);

    public void Paragraph(int sentences)
    {
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0) Text(" ");
            Text(Sentence());
        }
        _out.Append("\n\n");
    }

    public string Sentence()
    {
        var sb = new StringBuilder();
        var connector = _random.Next(10) < 4;
        if (connector) sb.Append(Pick(Vocabulary.Connectors)).Append(' ');
        var subject = Pick(Vocabulary.Subjects);
        sb.Append(connector ? subject : char.ToUpperInvariant(subject[0]) + subject[1..]);
        if (_random.Next(3) == 0 && !subject.StartsWith("các", StringComparison.Ordinal)) sb.Append(' ').Append(_unit);
        sb.Append(' ').Append(Pick(Vocabulary.Verbs)).Append(' ');
        var obj = Pick(Vocabulary.Objects);
        sb.Append(_random.Next(6) == 0 ? $"**{obj}**" : obj);
        switch (_random.Next(4))
        {
            case 0:
                sb.Append(" với sự tham gia của ").Append(NumberText.Vi(_random.Next(30, 2500))).Append(" đoàn viên");
                break;
            case 1:
                sb.Append(" tại ").Append(NumberText.Vi(_random.Next(3, 120))).Append(" công đoàn cơ sở");
                break;
        }
        sb.Append(", ").Append(Pick(Vocabulary.Tails)).Append('.');
        return sb.ToString();
    }

    public string Pick(IReadOnlyList<string> items) => items[_random.Next(items.Count)];

    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter || (inWord && !char.IsWhiteSpace(c));
        }
        return words;
    }
}
