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
}
