using System.CommandLine;
using IgjNormen.Changes;
using IgjNormen.Cli.Output;
using IgjNormen.Diagnostics;
using IgjNormen.Formatting;

namespace IgjNormen.Cli.Commands;

/// <summary>
/// <c>igjnormen diff &lt;basis&gt; &lt;nieuw&gt;</c>: the semantic difference between two states of the norms (folders or
/// git revisions), errors for edits of vastgestelde versies, and with <c>--bevindingen</c> the oordelen that flip.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var basis = new Argument<string>("basis") { Description = "De oude stand: een normenmap, of een git-revisie (HEAD~1, een branch, een tag)." };
        var nieuw = new Argument<string>("nieuw") { Description = "De nieuwe stand: een normenmap, of een git-revisie." };
        CommonOptions.RejectUnknownOptions(basis);
        CommonOptions.RejectUnknownOptions(nieuw);
        var map = new Option<string>("--map")
        {
            Description = "Bij een git-revisie: de normenmap in de repository (standaard: norms).",
            DefaultValueFactory = _ => "norms",
        };
        var repo = new Option<string>("--repo")
        {
            Description = "Bij een git-revisie: een map in de git-repository (standaard: de huidige map).",
            DefaultValueFactory = _ => ".",
        };
        var bevindingen = new Option<string?>("--bevindingen")
        {
            Description = "Een map (of bestand) met bevindingen: beoordeel ze met beide standen en noem elk oordeel dat anders wordt.",
        };
        var format = CommonOptions.Format("text", "json", "markdown");
        var output = new Option<string?>("--uitvoer") { Description = "Schrijf het overzicht naar dit bestand in plaats van naar de standaarduitvoer." };
        var command = new Command("diff", "Wat er inhoudelijk veranderde tussen twee standen van de normen (mappen of git-revisies), met een fout voor elke wijziging in een vastgestelde versie.");
        command.Arguments.Add(basis);
        command.Arguments.Add(nieuw);
        command.Options.Add(map);
        command.Options.Add(repo);
        command.Options.Add(bevindingen);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var bag = new DiagnosticBag();
            var repository = parse.GetValue(repo)!;
            var normsMap = parse.GetValue(map)!;
            var before = NormSnapshot.Resolve(parse.GetValue(basis)!, repository, normsMap, bag);
            var after = before is null ? null : NormSnapshot.Resolve(parse.GetValue(nieuw)!, repository, normsMap, bag);
            if (before is null || after is null)
            {
                DiagnosticPrinter.PrintText(stderr, bag.Items);
                return ExitCodes.Usage;
            }

            ImpactReport? impact = null;
            if (parse.GetValue(bevindingen) is { } findings)
            {
                if (!Directory.Exists(findings) && !File.Exists(findings))
                {
                    DiagnosticPrinter.PrintNotFound(stderr, findings);
                    return ExitCodes.Usage;
                }

                impact = ImpactReplay.Run(before, after, ImpactReplay.FindFiles(findings));
            }

            var changes = ModelDiff.Compare(before, after);
            var chosen = parse.GetValue(format);
            var report = chosen switch
            {
                "json" => ChangeJson.Serialize(changes, impact) + "\n",
                "markdown" => ChangeReport.Markdown(changes, impact),
                _ => ChangeReport.Text(changes, impact),
            };

            var target = parse.GetValue(output);
            if (target is not null)
            {
                AtomicFile.WriteAllText(target, report);
            }
            else
            {
                stdout.Write(report);
            }

            if (chosen != "text" || target is not null)
            {
                // The console (and a CI log's problem matcher) still sees every error and warning.
                DiagnosticPrinter.PrintText(stderr, changes.Diagnostics.Concat(impact?.Diagnostics ?? []));
            }

            if (target is not null)
            {
                stdout.WriteLine($"Wijzigingsoverzicht ({ChangeReport.Summary(changes)}) geschreven naar {target}.");
            }

            return changes.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}
