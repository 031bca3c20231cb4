using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Model;
using IgjNormen.Results;

namespace IgjNormen.Testing;

/// <summary>The outcome of one voorbeeld.</summary>
public sealed record ExampleOutcome(Norm Norm, Example Example, NormResult? Result, Diagnostic? Failure)
{
    public bool Passed => Failure is null;
}

/// <summary>What a test run did: the outcome of every voorbeeld that ran, and the norms whose voorbeelden could not run.</summary>
public sealed record ExampleRun(IReadOnlyList<ExampleOutcome> Outcomes, IReadOnlyList<UntestableNorm> Untestable, IReadOnlyList<string> UnreadNormFiles)
{
    public int Passed => Outcomes.Count(o => o.Passed);

    public int Failed => Outcomes.Count(o => !o.Passed);

    /// <summary>The voorbeelden of the untestable norms.</summary>
    public int NotRun => Untestable.Sum(u => u.Norm.Voorbeelden.Count);
}

/// <summary>Runs the voorbeelden of every norm as tests: the oordeel (and missing facts, when stated) must match.</summary>
public static class ExampleRunner
{
    /// <summary>
    /// Runs the voorbeelden of a loaded folder. When it has errors, the norms they touch are left out (with the
    /// reason) and the voorbeelden of all other norms still run.
    /// </summary>
    public static ExampleRun RunAll(LoadResult loaded)
    {
        var untestable = TestableNorms.Find(loaded);
        var left = untestable.Select(u => u.Norm).ToHashSet();
        var evaluator = new Evaluator(loaded.Model);
        var outcomes = new List<ExampleOutcome>();
        foreach (var norm in loaded.Model.Norms.Where(n => !left.Contains(n)))
        {
            foreach (var example in norm.Voorbeelden)
            {
                outcomes.Add(Run(evaluator, norm, example));
            }
        }

        return new ExampleRun(outcomes, untestable, TestableNorms.UnreadNormFiles(loaded));
    }

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
