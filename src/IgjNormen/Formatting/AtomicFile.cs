namespace IgjNormen.Formatting;

/// <summary>
/// Writes a file so that it is either entirely the old or entirely the new content: the content goes to a temporary
/// file in the same folder, which then replaces the target in one rename. If anything fails before the rename, the
/// old file is left as it was and the temporary file is removed.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllBytes(string path, byte[] content) => Write(path, stream => stream.Write(content));

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes what <paramref name="writeContent"/> writes to the stream; an exception from it leaves the old file intact.</summary>
    public static void Write(string path, Action<Stream> writeContent)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                writeContent(stream);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The temporary file could not be removed; the target is intact either way.
        }
    }
}
