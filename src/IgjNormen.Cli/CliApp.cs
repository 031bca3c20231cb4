using System.CommandLine;
using System.Globalization;
using System.Text;
using IgjNormen.Cli.Commands;

namespace IgjNormen.Cli;

/// <summary>The igjnormen command line: wires the commands and runs them with the given writers.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Output never depends on the machine's culture: messages and numbers are written invariantly.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        if (ReferenceEquals(stdout, Console.Out))
        {
            Console.OutputEncoding = new UTF8Encoding(false);
        }

        var root = new RootCommand("igjnormen: normen als code voor het toezicht van de IGJ. Controleer, test en evalueer normen.");
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(EvalCommand.Create(stdout, stderr));
        root.Subcommands.Add(TestCommand.Create(stdout, stderr));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"Ongeldige aanroep: {error.Message}");
            }

            stderr.WriteLine("Gebruik 'igjnormen --help' of 'igjnormen <opdracht> --help'.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
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
