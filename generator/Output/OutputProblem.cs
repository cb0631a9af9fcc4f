namespace Bantin.Output;

/// <summary>Why an output folder is refused; each has its message and fix in <c>Messages.Output</c>.</summary>
public enum OutputProblem
{
    None,
    IsFileSystemRoot,
    IsHomeFolder,
    IsSiteFolder,
    ContainsSite,
    InsideSources,
    IsAFile,
    HoldsOtherFiles,
    Unreadable,
}
