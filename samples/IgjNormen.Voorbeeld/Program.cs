// A small application that uses the IgjNormen library the way another system would:
// load the norms once, then evaluate bevindingen from a file and from objects built in code.
using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Model;
using IgjNormen.Results;

if (args.Length < 2)
{
    Console.Error.WriteLine("Gebruik: IgjNormen.Voorbeeld <normenmap> <bevindingen.yaml>");
    return 2;
}

// 1. Load and check the norms folder: the model plus diagnostics.
var loaded = NormModelLoader.LoadFolder(args[0]);
if (loaded.HasErrors)
{
    foreach (var diagnostic in loaded.Diagnostics.Where(d => d.IsError))
    {
        Console.Error.WriteLine(diagnostic);
    }

    return 1;
}

var evaluator = new Evaluator(loaded.Model);

// 2. Evaluate bevindingen read from a file (YAML or JSON).
var problems = new DiagnosticBag();
var fromFile = BevindingenReader.ReadFile(args[1], loaded.Model, problems);
if (fromFile is null)
{
    foreach (var diagnostic in problems.Items)
    {
        Console.Error.WriteLine(diagnostic);
    }

    return 1;
}

var result = evaluator.Evaluate(fromFile);
Console.WriteLine($"{result.Aanbieder}: {result.Telling.Voldoet} van {result.Telling.Totaal} normen voldoen.");
foreach (var norm in result.Normen.Where(n => n.Oordeel.FallsShort()))
{
    Console.WriteLine($"  {norm.NormId}: {norm.Oordeel.Label()} — {norm.Reden}");
}

// 3. Evaluate bevindingen built in code, e.g. from the application's own database.
var inCode = new BevindingenBuilder(loaded.Model)
    .Aanbieder("Voorbeeldzorg B.V.", kvk: "12345678")
    .Bezoek(new DateOnly(2025, 6, 2), kader: "klachten-en-incidenten")
    .Feit("klachten.regeling_schriftelijk", true)
    .Lijst("klachten.klachten",
    [
        new Dictionary<string, object?>
        {
            ["ingediend_op"] = new DateOnly(2025, 3, 3),
            ["afgehandeld"] = true,
            ["besluit_op"] = new DateOnly(2025, 4, 28),
            ["verlengd"] = false,
        },
    ])
    .Build();

var second = evaluator.Evaluate(inCode, new EvaluationOptions { Explain = true });

// 4. The stable JSON form (docs/resultaat.md), e.g. to store or send on.
var json = ResultJson.Serialize(second);
Console.WriteLine($"{second.Aanbieder}: JSON van {json.Length} tekens; oordeel klachttermijn: " +
    second.Normen.Single(n => n.NormId == "wkkgz.klachtbehandeling-termijn").Oordeel.Label());
return 0;
