using System.Security.Cryptography;
using System.Text;

namespace ReportBuilder.Publishing;

/// <summary>The version of a build's data: the SHA-256 of the files it was loaded from (responses, corrections),
/// each preceded by its length so that no two sets of files share a hash by moving bytes between them.</summary>
public static class DataVersion
{
    /// <summary>The lowercase hex SHA-256 of <paramref name="files"/> in order; null entries (no corrections file) count as empty.</summary>
    public static string Of(params string?[] files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            var bytes = file is null ? [] : File.ReadAllBytes(file);
            hash.AppendData(Encoding.ASCII.GetBytes(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":"));
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
