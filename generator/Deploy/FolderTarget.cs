using Bantin.Diagnostics;

namespace Bantin.Deploy;

/// <summary><c>folder: /media/usb/congdoan</c>: a local or mounted folder, absolute after reading.</summary>
public sealed record FolderTarget(string Name, SourceSpan Span, string Folder) : DeployTarget(Name, Span);
