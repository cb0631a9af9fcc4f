namespace Bantin.Deploy;

/// <summary>Sends a built output folder to one target, whatever its kind.</summary>
public static class DeployRun
{
    public static DeployResult To(DeployTarget target, string output, bool dryRun, Action<string>? uploaded = null) => target switch
    {
        FolderTarget folder => ToFolder(folder, output, dryRun, uploaded),
        SftpTarget sftp => SftpDeploy.Run(output, sftp, dryRun, uploaded),
        GitTarget git => GitDeploy.Run(output, git, dryRun),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target.GetType().Name, "no deploy for this kind of target"),
    };

    private static DeployResult ToFolder(FolderTarget target, string output, bool dryRun, Action<string>? uploaded)
    {
        var from = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var to = Path.TrimEndingDirectorySeparator(target.Folder);
        if (to == from || to.StartsWith(from + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new DeployFailure($"Thư mục đăng {to} nằm trong thư mục kết quả {from}: chọn thư mục khác. / Deploy folder {to} is inside the output {from}: choose another folder.");
        try
        {
            return ChangeOnlyDeploy.Run(output, new FolderFiles(to), dryRun, uploaded);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DeployFailure($"Chép vào {to} bị lỗi ({e.Message}). Mỗi tệp đã chép là bản cũ hoặc bản mới, không tệp nào bị xóa; chạy lại để hoàn tất. / " +
                $"Copying to {to} failed ({e.Message}). Each file is old or new, none was deleted; run again to finish.", e);
        }
    }
}
