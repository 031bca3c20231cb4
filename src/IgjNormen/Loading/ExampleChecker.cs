using IgjNormen.Diagnostics;
using IgjNormen.Findings;
using IgjNormen.Model;

namespace IgjNormen.Loading;

/// <summary>Checks that the feiten and oordelen of each voorbeeld exist and type, and keeps their values.</summary>
internal static class ExampleChecker
{
    public static void CheckFacts(Norm norm, NormModel model, DiagnosticBag diagnostics)
    {
        var examples = norm.Voorbeelden;
        var begrippen = new Example.Begrippen(model.Facts, model.FactsByName);
        var names = examples.Count > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < examples.Count; i++)
        {
            var example = examples[i];
            if (names is null ? IsDuplicate(examples, i) : !names.Add(example.Naam))
            {
                diagnostics.Add(DiagnosticCodes.Examples.DuplicateName, example.Location, example.Naam);
            }

            FactValueReader.Check(example.Feiten, model, diagnostics);
            example.SetFactValues(begrippen);
            example.Afwijkingen = example.Oordelen is null ? [] : BevindingenReader.ReadOverrides(example.Oordelen, model, diagnostics);
        }
    }

    /// <summary>Whether an earlier voorbeeld has the same name (for a handful of voorbeelden, without a set).</summary>
    private static bool IsDuplicate(IReadOnlyList<Example> examples, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (examples[i].Naam == examples[index].Naam)
            {
                return true;
            }
        }

        return false;
    }
}
