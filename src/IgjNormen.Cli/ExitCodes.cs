using IgjNormen.Diagnostics;

namespace IgjNormen.Cli;

/// <summary>The exit codes of igjnormen, documented in docs/cli.md.</summary>
public static class ExitCodes
{
    /// <summary>Everything is in order.</summary>
    public const int Ok = 0;

    /// <summary>Errors in the norms or the bevindingen, or failing voorbeelden.</summary>
    public const int Findings = 1;

    /// <summary>Wrong use of the command line, a file or folder that cannot be read, or an internal error.</summary>
    public const int Usage = 2;

    /// <summary>
    /// The exit code for diagnostics: <see cref="Usage"/> when a file could not be read at all (IGJ1008, an I/O
    /// problem rather than a mistake in the content), else <see cref="Findings"/> for errors, else <see cref="Ok"/>.
    /// </summary>
    public static int For(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        return errors.Any(d => d.Code == DiagnosticCodes.Files.CannotRead.Code) ? Usage
            : errors.Count > 0 ? Findings
            : Ok;
    }
}
