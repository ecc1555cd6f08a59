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
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files) => WriteAll(null, files);

    /// <summary>
    /// <see cref="WriteAll(IReadOnlyList{ValueTuple{string, byte[]}})"/> into <paramref name="root"/>: every path must
    /// lie under it (a value from the data can never make a build write elsewhere), and a failure removes the
    /// folders this call created, so a failed build leaves no empty folder behind.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">A path lies outside <paramref name="root"/>; nothing is written.</exception>
    public static void WriteAll(string? root, IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (root is not null)
        {
            foreach (var (path, _) in files)
            {
                EnsureUnder(root, path);
            }
        }
        var created = MissingFolders(files.Select(f => Path.GetDirectoryName(Path.GetFullPath(f.Path))!));
        var temps = new List<(string Temp, string Target)>(files.Count);
        var done = false;
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
            done = true;
        }
        finally
        {
            foreach (var (temp, _) in temps)
            {
                DeleteIfPresent(temp);
            }
            if (!done)
            {
                RemoveEmpty(created);
            }
        }
    }

    /// <summary>The full path of <paramref name="path"/>, which must lie under <paramref name="root"/>.</summary>
    /// <exception cref="UnauthorizedAccessException">It does not.</exception>
    public static string EnsureUnder(string root, string path)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path, Path.GetFullPath(root));
        var relative = Path.GetRelativePath(Path.GetFullPath(root), full);
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw new UnauthorizedAccessException($"refusing to write {full}: it is outside the output folder {Path.GetFullPath(root)}");
        }
        return full;
    }

    /// <summary>Removes the temporary files that killed builds left under <paramref name="root"/> (".name.&lt;32 hex&gt;.tmp");
    /// returns how many.</summary>
    public static int RemoveStaleTemporaries(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!Directory.Exists(root))
        {
            return 0;
        }
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(root, ".*.tmp", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            var parts = name.Split('.');
            // ".{target}.{guid:N}.tmp" splits into "", the target's parts, the guid, "tmp".
            if (parts.Length >= 4 && parts[^2].Length == 32 && parts[^2].All(char.IsAsciiHexDigitLower))
            {
                File.Delete(file);
                removed++;
            }
        }
        return removed;
    }

    /// <summary>The folders among <paramref name="folders"/> (and their parents) that do not exist yet, deepest first.</summary>
    private static List<string> MissingFolders(IEnumerable<string> folders)
    {
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            for (var f = folder; !string.IsNullOrEmpty(f) && !Directory.Exists(f); f = Path.GetDirectoryName(f))
            {
                missing.Add(f);
            }
        }
        return [.. missing.OrderByDescending(f => f.Length)];
    }

    private static void RemoveEmpty(List<string> folders)
    {
        foreach (var folder in folders)
        {
            try
            {
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
            catch (IOException)
            {
                // best effort: a folder another process just used stays
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
