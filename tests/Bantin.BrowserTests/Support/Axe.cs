using System.Text.Json;
using Microsoft.Playwright;

namespace Bantin.BrowserTests.Support;

/// <summary>Runs axe-core (from node_modules, injected into the page) against WCAG 2.0/2.1/2.2 A and AA.</summary>
public static class Axe
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    /// <summary>The serious and critical violations, one line each with the nodes that fail.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Tools.AxeScript });
        var json = await page.EvaluateAsync<JsonElement>(
            "async tags => { const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } }); " +
            "return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) })); }",
            Tags);
        var found = new List<string>();
        foreach (var v in json.EnumerateArray())
        {
            var impact = v.GetProperty("impact").GetString();
            if (impact is not ("serious" or "critical")) continue;
            var nodes = v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()).Take(5);
            found.Add($"{impact} {v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} | {string.Join(" | ", nodes)}");
        }
        return found;
    }
}
