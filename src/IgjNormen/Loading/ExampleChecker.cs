using IgjNormen.Diagnostics;
using IgjNormen.Findings;
using IgjNormen.Model;

namespace IgjNormen.Loading;

/// <summary>Checks that the feiten and oordelen of each voorbeeld exist and type, and keeps their values.</summary>
internal static class ExampleChecker
{
    public static void CheckFacts(Norm norm, NormModel model, DiagnosticBag diagnostics)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var example in norm.Voorbeelden)
        {
            if (!names.Add(example.Naam))
            {
                diagnostics.Add(DiagnosticCodes.Examples.DuplicateName, example.Location, example.Naam);
            }

            example.SetFactValues(FactValueReader.ReadSparse(example.Feiten, model, diagnostics), model.Facts.Count);
            example.Afwijkingen = BevindingenReader.ReadOverrides(example.Oordelen, model, diagnostics);
        }
    }
}
