using System.Runtime.CompilerServices;
using Bantin.Output;

namespace Bantin.Tests.Support;

/// <summary>
/// A fact about ext4's T attribute (<see cref="SpreadFolder"/>): where the temporary folder's file system does not take
/// it (tmpfs, another system), the test skips and says so.
/// </summary>
public sealed class TopDirFactAttribute : FactAttribute
{
    public TopDirFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        var probe = Directory.CreateTempSubdirectory("bantin-topdir-").FullName;
        try
        {
            if (SpreadFolder.Mark(probe)) return;
        }
        finally
        {
            Directory.Delete(probe);
        }
        Skip = "the temporary folder's file system does not take ext4's T attribute (chattr +T)";
        DisplayName = SkipName.For(file, test, Skip);
    }
}
