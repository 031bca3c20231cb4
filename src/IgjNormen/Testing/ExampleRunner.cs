using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Model;
using IgjNormen.Results;

namespace IgjNormen.Testing;

/// <summary>The outcome of one voorbeeld.</summary>
public sealed record ExampleOutcome(Norm Norm, Example Example, NormResult? Result, Diagnostic? Failure)
{
    public bool Passed => Failure is null;
}

/// <summary>Runs the voorbeelden of every norm as tests: the oordeel (and missing facts, when stated) must match.</summary>
public static class ExampleRunner
{
    public static IReadOnlyList<ExampleOutcome> RunAll(NormModel model)
    {
        var evaluator = new Evaluator(model);
        var outcomes = new List<ExampleOutcome>();
        foreach (var norm in model.Norms)
        {
            foreach (var example in norm.Voorbeelden)
            {
                outcomes.Add(Run(evaluator, norm, example));
            }
        }

        return outcomes;
    }

    public static ExampleOutcome Run(Evaluator evaluator, Norm norm, Example example)
    {
        if (example.Peildatum is not { } peildatum || example.Verwacht is not { } expected || example.FactValues is null)
        {
            // The problem (missing peildatum or verwacht) was already reported when the model was checked.
            return new ExampleOutcome(norm, example, null, Diagnostic.Create(DiagnosticCodes.Examples.WrongVerdict, example.Location, example.Naam, example.Verwacht?.Label() ?? "?", "?", "Het voorbeeld is onvolledig."));
        }

        var bevindingen = new Bevindingen(new Aanbieder($"voorbeeld '{example.Naam}'"), peildatum, null, null, peildatum, example.FactValues, example.Afwijkingen, null);
        var result = evaluator.EvaluateNorm(norm, bevindingen, peildatum);
        if (result.Oordeel != expected)
        {
            return new ExampleOutcome(norm, example, result, Diagnostic.Create(DiagnosticCodes.Examples.WrongVerdict, example.Location, example.Naam, expected.Label(), result.Oordeel.Label(), result.Reden));
        }

        if (example.Ontbrekend is { } expectedMissing && !expectedMissing.Order(StringComparer.Ordinal).SequenceEqual(result.Ontbrekend.Order(StringComparer.Ordinal)))
        {
            return new ExampleOutcome(norm, example, result, Diagnostic.Create(DiagnosticCodes.Examples.WrongMissing, example.Location, example.Naam, string.Join(", ", expectedMissing), string.Join(", ", result.Ontbrekend)));
        }

        return new ExampleOutcome(norm, example, result, null);
    }
}
