using System.Runtime.InteropServices;

namespace Bantin.Sources;

/// <summary>
/// Whether a path is a regular file, asked without opening it: opening a FIFO blocks until someone writes, and
/// reading /dev/zero never ends. .NET reports both as ordinary files, so Linux is asked directly with statx(2), whose
/// structure is laid out alike on every architecture. Elsewhere the answer is unknown (null).
/// </summary>
internal static class UnixFileType
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 1;
    private const int ModeOffset = 0x1C;
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Directory = 0x4000;

    /// <summary>True for a regular file, false for a FIFO, device or socket, null when the system cannot say. Follows links.</summary>
    public static bool? IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            var buffer = new byte[256];
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0) return null;
            var type = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
            return type == Regular ? true : type == Directory ? null : false;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, string path, int flags, uint mask, byte[] buffer);
}
