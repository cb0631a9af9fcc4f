using System.Runtime.InteropServices;

namespace Bantin.Output;

/// <summary>
/// Marks a folder Bantin has just created for a build as the top of a directory tree (ext4's <c>T</c> attribute,
/// <c>chattr +T</c>), so that ext4 places the folders made directly in it in block groups of their own instead of
/// beside the folder's parent.
/// </summary>
/// <remarks>
/// Why: a user's next build often follows the deletion of the last output (tens of thousands of files). ext4 without
/// a journal does not reuse an inode freed in the last minute, and it finds that out one freed inode at a time, from
/// the start of the group, for every new file: in the group where the old output was, each new file costs thousands
/// of such checks. Measured on the 1,000-article all-units corpus right after deleting its previous output: the build
/// took 20.6 s, of which the kernel's inode search was the largest part; with the folder marked, see
/// docs/benchmarks.md. The mark is a placement hint only: it changes no content, and where the file system does not
/// know it (another file system, another system) nothing happens.
/// </remarks>
internal static class SpreadFolder
{
    private const uint GetFlags = 0x80086601; // FS_IOC_GETFLAGS, _IOR('f', 1, long)
    private const uint SetFlags = 0x40086602; // FS_IOC_SETFLAGS, _IOW('f', 2, long)
    private const int TopDirectory = 0x00020000; // FS_TOPDIR_FL
    private const int ReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC

    /// <summary>Marks <paramref name="folder"/>; true when the file system took the mark.</summary>
    public static bool Mark(string folder) => WithFlags(folder, (handle, flags) =>
    {
        flags |= TopDirectory;
        return Control(handle, SetFlags, ref flags) == 0;
    });

    /// <summary>Whether the folder carries the mark (for the tests).</summary>
    public static bool IsMarked(string folder) => WithFlags(folder, (_, flags) => (flags & TopDirectory) != 0);

    // Opens the folder and hands its flags on; false where the system cannot say (not Linux, no such ioctl).
    private static bool WithFlags(string folder, Func<int, int, bool> use)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            var handle = Open(folder, ReadOnlyCloseOnExec);
            if (handle < 0) return false;
            try
            {
                var flags = 0;
                return Control(handle, GetFlags, ref flags) == 0 && use(handle, flags);
            }
            finally
            {
                Close(handle);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(string path, int flags);

    [DllImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static extern int Control(int handle, nuint request, ref int flags);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int handle);
}
