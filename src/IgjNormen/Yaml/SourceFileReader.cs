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
        var placeholder = new SourceFile(shown, string.Empty);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Add(DiagnosticCodes.Files.NotFound, new SourceLocation(placeholder, default), shown);
                return null;
            }

            if (info.Length > limits.MaxFileBytes)
            {
                diagnostics.Add(DiagnosticCodes.Files.FileTooLarge, new SourceLocation(placeholder, default), info.Length, limits.MaxFileBytes);
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            return Decode(shown, bytes, diagnostics);
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCodes.Files.CannotRead, new SourceLocation(placeholder, default), "geen toegang; controleer de rechten op het bestand.");
            return null;
        }
        catch (IOException)
        {
            // The system's own message is English (and names the full path): say it in Dutch.
            diagnostics.Add(DiagnosticCodes.Files.CannotRead, new SourceLocation(placeholder, default), "het bestand is in gebruik door een ander programma, of het lezen van de schijf mislukte.");
            return null;
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
