namespace Bantin.Deploy;

/// <summary>A deploy that cannot go on (a refused host key, a lost connection): the message is for the editor, in both languages.</summary>
public sealed class DeployFailure(string message, Exception? inner = null) : Exception(message, inner);
