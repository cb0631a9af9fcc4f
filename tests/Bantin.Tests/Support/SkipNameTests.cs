namespace Bantin.Tests.Support;

/// <summary>
/// <c>dotnet test</c> at its default verbosity prints a skipped test's name and "[SKIP]", never xunit's Skip reason;
/// so a skipping attribute puts the reason in the name.
/// </summary>
public sealed class SkipNameTests
{
    [Fact]
    public void A_skipped_aot_fact_names_the_test_and_why()
    {
        if (Environment.GetEnvironmentVariable("BANTIN_AOT_TESTS") == "1") return;

        var fact = new AotFactAttribute();

        Assert.NotNull(fact.Skip);
        Assert.Contains(nameof(A_skipped_aot_fact_names_the_test_and_why), fact.DisplayName);
        Assert.Contains(nameof(SkipNameTests), fact.DisplayName);
        Assert.Contains("BANTIN_AOT_TESTS=1", fact.DisplayName);
    }

    [Fact]
    public void A_reason_goes_after_the_class_and_test()
    {
        Assert.Equal("FolderDeployTests.A_test — bỏ qua / skipped: no sshd",
            SkipName.For("/src/tests/Deploy/FolderDeployTests.cs", "A_test", "no sshd"));
    }
}
