using Bantin.Diagnostics;
using Bantin.Model;

namespace Bantin.Sources.Data;

/// <summary>Unit and indicator ids name folders of the output (/don-vi/{id}/, /chi-tieu/{id}/): checked where they are read.</summary>
internal static class IdChecks
{
    /// <summary>
    /// True when <paramref name="id"/> is a safe path (see <see cref="SafePath"/>) and no earlier id differs from it
    /// only by case (<paramref name="folded"/> remembers them); otherwise reports at the id and returns false.
    /// </summary>
    /// <param name="what">"unit" or "indicator", for the message.</param>
    public static bool Safe(string what, Scalar id, bool nested, Dictionary<string, (string Id, SourceSpan Span)> folded, DiagnosticBag bag)
    {
        if (SafePath.Id(id.Text, nested) is not PathProblem.None and var problem)
        {
            bag.Error(id.Span, bag.Messages.UnsafeId(what, id.Text, problem, SafePath.Suggestion(id.Text, nested)));
            return false;
        }
        if (folded.TryGetValue(id.Text, out var other))
        {
            bag.Error(id.Span, bag.Messages.IdDiffersOnlyByCase(what, id.Text, other.Id, other.Span.ToString()));
            return false;
        }
        folded[id.Text] = (id.Text, id.Span);
        return true;
    }
}
