using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ReportBuilder.Publishing;

/// <summary>
/// A lock on an output folder: the file ".reportbuilder.lock" opened exclusively, holding the process id, the
/// command and its start, so that two builds (or a build and a figures run) never write into one folder at once.
/// The operating system releases the lock when its process dies, so a lock left by a killed build is simply
/// taken over by the next one.
/// </summary>
public sealed class OutputLock : IDisposable
{
    /// <summary>The lock file's name.</summary>
    public const string FileName = ".reportbuilder.lock";

    /// <summary>The suffix of the file naming the lock's holder.</summary>
    public const string OwnerSuffix = ".owner";

    private readonly FileStream _stream;

    private OutputLock(FileStream stream, string path, string? created)
    {
        _stream = stream;
        Path = path;
        _created = created;
    }

    /// <summary>The highest folder this run created to hold the output folder, or null when the folder existed.</summary>
    private readonly string? _created;

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>Takes the lock of <paramref name="folder"/> (creating the folder), waiting up to <paramref name="wait"/>
    /// for another holder to finish.</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="command">What holds it ("build", "figures"), written into the lock for the other process's message.</param>
    /// <param name="wait">How long to wait for another holder.</param>
    /// <exception cref="IOException">Another process still holds it after the wait; the message names it.</exception>
    public static OutputLock Acquire(string folder, string command, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(folder);
        folder = System.IO.Path.GetFullPath(folder);
        string? created = null;
        for (var missing = folder; missing is not null && !Directory.Exists(missing); missing = System.IO.Path.GetDirectoryName(missing))
        {
            created = missing;
        }
        var path = System.IO.Path.Combine(folder, FileName);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // (Again on every try: a run that gave up the folder may have removed it.)
                Directory.CreateDirectory(folder);
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                // The holder is named in a file beside the lock: a locked file cannot be read by the other process.
                var holder = string.Create(CultureInfo.InvariantCulture,
                    $"pid {Environment.ProcessId}, reportbuilder {command}, since {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC");
                File.WriteAllText(path + OwnerSuffix, holder + "\n", Encoding.UTF8);
                return new OutputLock(stream, path, created);
            }
            catch (IOException) when (clock.Elapsed < wait)
            {
                Thread.Sleep(100);
            }
            catch (IOException exception)
            {
                throw new IOException($"the output folder {System.IO.Path.GetFullPath(folder)} is in use by another run ({Holder(path)}); " +
                    "wait for it to finish, or use another --out folder", exception);
            }
        }
    }

    /// <summary>Who holds the lock at <paramref name="path"/>, as written in it.</summary>
    private static string Holder(string path)
    {
        try
        {
            var line = File.Exists(path + OwnerSuffix) ? File.ReadAllText(path + OwnerSuffix, Encoding.UTF8).Trim() : "";
            return line.Length == 0 ? "holder unknown" : line;
        }
        catch (IOException)
        {
            return "holder unknown";
        }
    }

    /// <summary>Releases the lock. The empty lock file stays for the next run to take (deleting it could let two runs
    /// hold two different files); the file naming the holder goes. A folder this run created and left holding nothing but
    /// the lock (a run that failed before writing) is removed with the lock, up to the highest folder it created.</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(Path + OwnerSuffix);
        }
        catch (IOException)
        {
            // the next holder rewrites it
        }
        _stream.Dispose();
        if (_created is null)
        {
            return;
        }
        try
        {
            var folder = System.IO.Path.GetDirectoryName(Path)!;
            if (Directory.EnumerateFileSystemEntries(folder).Any(e => e != Path))
            {
                return;
            }
            File.Delete(Path);
            for (var empty = folder; empty is not null && empty.Length >= _created.Length; empty = System.IO.Path.GetDirectoryName(empty))
            {
                if (Directory.EnumerateFileSystemEntries(empty).Any())
                {
                    return;
                }
                Directory.Delete(empty);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another run took the folder meanwhile, or it cannot be removed: it stays, harmless.
        }
    }
}
