using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Text;
using IgjNormen.Cli.Commands;

namespace IgjNormen.Cli;

/// <summary>The igjnormen command line: wires the commands and runs them with the given writers.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Output never depends on the machine's culture: messages and numbers are written invariantly. The caller's
        // culture is restored afterwards, for hosts that run the command line in process.
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return RunInvariant(args, stdout, stderr);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static int RunInvariant(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (ReferenceEquals(stdout, Console.Out))
        {
            Console.OutputEncoding = new UTF8Encoding(false);
        }

        var root = new RootCommand("igjnormen: normen als code voor het toezicht van de IGJ. Controleer, test en evalueer normen.");
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(EvalCommand.Create(stdout, stderr));
        root.Subcommands.Add(TestCommand.Create(stdout, stderr));
        root.Subcommands.Add(CoverageCommand.Create(stdout, stderr));
        root.Subcommands.Add(RenderCommand.Create(stdout, stderr));
        root.Subcommands.Add(FmtCommand.Create(stdout, stderr));
        root.Subcommands.Add(DiffCommand.Create(stdout, stderr));
        root.Subcommands.Add(SchemaCommand.Create(stdout, stderr));
        root.Subcommands.Add(LspCommand.Create(stdout, stderr));

        // No response files: an argument that starts with '@' is a path like any other.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var message in UsageErrors.TranslateAll(parsed, root))
            {
                stderr.WriteLine($"Ongeldige aanroep: {message}");
            }

            stderr.WriteLine("Gebruik 'igjnormen --help' of 'igjnormen <opdracht> --help'.");
            return ExitCodes.Usage;
        }

        try
        {
            // Help is written in English by System.CommandLine: capture it and give it Dutch headings.
            var help = parsed.Action is HelpAction ? new StringWriter { NewLine = stdout.NewLine } : null;
            var exit = parsed.Invoke(new InvocationConfiguration { Output = help ?? stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            if (help is not null)
            {
                stdout.Write(HelpText.Translate(help.ToString()));
            }

            return exit;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error IGJ1008: Bestand niet leesbaar of schrijfbaar: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"Interne fout ({ex.GetType().Name}): {ex.Message}");
            stderr.WriteLine("Dit is een fout in igjnormen zelf; meld het met het bestand dat het veroorzaakte.");
            return ExitCodes.Usage;
        }
    }
}
