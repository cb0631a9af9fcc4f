namespace Bantin.Output;

/// <summary>
/// What <see cref="OutputGuard"/> found: the folder to build into, or the problem, with the paths that show it
/// (the source folder it lies in, or a few of the files that are not Bantin's) and how many such files there are.
/// </summary>
public sealed record OutputCheck(OutputFolder? Folder, OutputProblem Problem, IReadOnlyList<string> Examples, int Count)
{
    public static OutputCheck Refused(OutputProblem problem, params string[] examples) => new(null, problem, examples, examples.Length);
}
