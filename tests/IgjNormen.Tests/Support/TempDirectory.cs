using System.Text;

namespace IgjNormen.Tests.Support;

/// <summary>A fresh folder under the system's temp folder, deleted again on dispose. For fixtures too big or too odd to commit.</summary>
public sealed class TempDirectory : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "igjnormen-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes UTF-8 text (no byte-order mark) to a path relative to the folder; returns the full path.</summary>
    public string Write(string relative, string text) => Write(relative, Utf8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file may still be open on a slow machine; the temp folder is cleaned up eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
