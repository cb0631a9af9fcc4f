namespace Bantin.Compute;

/// <summary>Why an article is (or is not yet) public; previews show the last two with a badge.</summary>
public enum PublishState
{
    Published,
    Draft,
    Scheduled,
}
