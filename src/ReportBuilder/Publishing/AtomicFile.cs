namespace ReportBuilder.Publishing;

/// <summary>Writes files so that a reader never sees a half-written one: the bytes go to a temporary
/// file in the same folder, which then replaces the target in one rename.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically, creating the folder.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var temp = WriteTemporary(path, bytes);
        try
        {
            File.Move(temp, Path.GetFullPath(path), overwrite: true);
        }
        finally
        {
            DeleteIfPresent(temp);
        }
    }

    /// <summary>
    /// Writes a set of files together: every file is first written in full to a temporary file beside its
    /// target, and only when all of them are written are they renamed into place. A failure while writing
    /// (a full disk, a folder that cannot be created) leaves every target as it was.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var temps = new List<(string Temp, string Target)>(files.Count);
        try
        {
            foreach (var (path, bytes) in files)
            {
                temps.Add((WriteTemporary(path, bytes), Path.GetFullPath(path)));
            }
            foreach (var (temp, target) in temps)
            {
                File.Move(temp, target, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temp, _) in temps)
            {
                DeleteIfPresent(temp);
            }
        }
    }

    private static string WriteTemporary(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
            return temp;
        }
        catch
        {
            DeleteIfPresent(temp);
            throw;
        }
    }

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
