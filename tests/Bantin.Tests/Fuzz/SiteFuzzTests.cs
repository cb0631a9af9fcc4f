using Xunit.Abstractions;

namespace Bantin.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of whole builds from hostile inputs (issue #12): never an unhandled exception, a failed
/// build names a file in an error, a successful build's pages parse. A small fixed budget here; docs/fuzzing.md runs
/// them longer.
/// </summary>
public sealed class SiteFuzzTests(ITestOutputHelper output)
{
    private readonly FuzzRunner _runner = new(output);
    private readonly FuzzBudget _budget = FuzzBudget.FromEnvironment();

    [Fact]
    public void Hostile_front_matter_never_crashes_a_build() => _runner.Run("front matter", FuzzCases.FrontMatter, _budget);

    [Fact]
    public void Mutated_data_files_never_crash_a_build() => _runner.Run("data files", FuzzCases.Data, _budget);

    [Fact]
    public void Hostile_markdown_bodies_never_crash_a_build() => _runner.Run("markdown", FuzzCases.Markdown, _budget);

    [Fact]
    public void Mutated_figure_calls_never_crash_a_build() => _runner.Run("figure calls", FuzzCases.Figures, _budget);
}
