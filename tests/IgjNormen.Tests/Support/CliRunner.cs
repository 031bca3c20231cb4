using IgjNormen.Cli;

namespace IgjNormen.Tests.Support;

public sealed record CliRun(int Exit, string Out, string Err);

/// <summary>Runs the igjnormen command line in process, as a user would from a shell in the repository root.</summary>
public static class CliRunner
{
    private static readonly object Gate = new();

    public static CliRun Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit;
        lock (Gate)
        {
            var culture = System.Globalization.CultureInfo.CurrentCulture;
            var uiCulture = System.Globalization.CultureInfo.CurrentUICulture;
            var directory = Environment.CurrentDirectory;
            try
            {
                Environment.CurrentDirectory = RepositoryRoot.Path;
                exit = CliApp.Run(args, stdout, stderr);
            }
            finally
            {
                Environment.CurrentDirectory = directory;
                System.Globalization.CultureInfo.CurrentCulture = culture;
                System.Globalization.CultureInfo.CurrentUICulture = uiCulture;
            }
        }

        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
