using System.CommandLine;
using IgjNormen.LanguageServer;

namespace IgjNormen.Cli.Commands;

/// <summary><c>igjnormen lsp</c>: the language server for editors, over stdin and stdout.</summary>
internal static class LspCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var stdio = new Option<bool>("--stdio") { Description = "Praat over stdin en stdout (standaard; voor editors die de optie meegeven)." };
        var command = new Command("lsp", "Start de taalserver (Language Server Protocol over stdin en stdout) voor VS Code en andere editors.");
        command.Options.Add(stdio);
        command.SetAction(parse =>
        {
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            return LanguageServerHost.RunAsync(input, output, stderr).GetAwaiter().GetResult();
        });
        return command;
    }
}
