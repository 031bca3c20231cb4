using System.Buffers;
using System.Text;
using IgjNormen.Diagnostics;
using IgjNormen.Text;

namespace IgjNormen.Yaml;

/// <summary>Reads a file from disk as strict UTF-8, within the size limit; problems become diagnostics.</summary>
public static class SourceFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceFile? Read(string path, DiagnosticBag diagnostics, YamlLimits? limits = null, string? displayPath = null)
    {
        limits ??= YamlLimits.Default;
        var shown = (displayPath ?? path).Replace('\\', '/');
        SourceLocation Nowhere() => new(new SourceFile(shown, string.Empty), default);
        byte[]? buffer = null;
        try
        {
            // One handle: its length, one read into a pooled buffer (loading reads thousands of small files).
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(handle);
            if (length > limits.MaxFileBytes)
            {
                diagnostics.Add(DiagnosticCodes.Files.FileTooLarge, Nowhere(), length, limits.MaxFileBytes);
                return null;
            }

            // Like File.ReadAllBytes: the length it had when opened.
            buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
            var total = 0;
            while (total < length)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(total, (int)length - total), total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return Decode(shown, buffer.AsSpan(0, total), diagnostics);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException || (ex is UnauthorizedAccessException && Directory.Exists(path)))
        {
            // A folder is not a file either (opening one is refused as access denied).
            diagnostics.Add(DiagnosticCodes.Files.NotFound, Nowhere(), shown);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCodes.Files.CannotRead, Nowhere(), "geen toegang; controleer de rechten op het bestand.");
            return null;
        }
        catch (IOException)
        {
            // The system's own message is English (and names the full path): say it in Dutch.
            diagnostics.Add(DiagnosticCodes.Files.CannotRead, Nowhere(), "het bestand is in gebruik door een ander programma, of het lezen van de schijf mislukte.");
            return null;
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Decodes bytes as strict UTF-8 (a byte-order mark is dropped).</summary>
    public static SourceFile? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return new SourceFile(path, StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            var bad = FirstInvalidByte(bytes);
            var good = StrictUtf8.GetString(bytes[..bad]);
            var partial = new SourceFile(path, good);
            diagnostics.Add(DiagnosticCodes.Files.InvalidUtf8, new SourceLocation(partial, new TextSpan(good.Length, 0)), bad);
            return null;
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : read;
    }
}
