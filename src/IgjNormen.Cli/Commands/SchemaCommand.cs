using System.CommandLine;
using System.Text;
using IgjNormen.Schemas;

namespace IgjNormen.Cli.Commands;

/// <summary><c>igjnormen schema --out schemas/</c>: write the JSON Schemas of the file kinds, for editors.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out")
        {
            Description = "De map waarin de schema's komen (standaard: schemas).",
            DefaultValueFactory = _ => "schemas",
        };
        var command = new Command("schema", "Schrijf de JSON Schema's van begrippen, normen, kaders, regelingen en bevindingen, voor VS Code en andere editors.");
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            Directory.CreateDirectory(folder);
            foreach (var (name, json) in FileSchemas.All())
            {
                var path = Path.Combine(folder, name);
                File.WriteAllText(path, json, new UTF8Encoding(false));
                stdout.WriteLine($"{path.Replace('\\', '/')} geschreven.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
