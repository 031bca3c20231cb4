using IgjNormen.Diagnostics;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Diagnostics;

/// <summary>
/// Small valid inputs that load without a single diagnostic; each case in <see cref="DiagnosticCoverageTests"/> changes
/// one line of them. Line numbers in the cases refer to these texts, so keep them stable.
/// </summary>
internal static class Inputs
{
    public const string BegrippenPath = "norms/begrippen/test.begrippen.yaml";
    public const string NormPath = "norms/a.norm.yaml";
    public const string KaderPath = "norms/k.kader.yaml";
    public const string BevindingenPath = "bevindingen.yaml";

    /// <summary>Norm 'a': one version, one criterion (line 11 holds the toets), two voorbeelden (lines 13 and 17).</summary>
    public const string NormText = """
        id: a
        titel: Testnorm
        soort: wettelijk
        bron: { regeling: Wkkgz, bwb: BWBR0037173, artikel: "13" }
        versies:
          - geldig_vanaf: 2016-01-01
            status: vastgesteld
            criteria:
              - id: c1
                tekst: Er is een klachtenregeling.
                toets: klachten.regeling_aanwezig
        voorbeelden:
          - naam: op orde
            peildatum: 2024-05-01
            feiten: { klachten: { regeling_aanwezig: ja } }
            verwacht: voldoet
          - naam: niet op orde
            peildatum: 2024-05-01
            feiten: { klachten: { regeling_aanwezig: nee } }
            verwacht: voldoet niet

        """;

    /// <summary>Kader 'k' with one thema holding norm 'a' (line 6).</summary>
    public const string KaderText = """
        id: k
        titel: Testkader
        themas:
          - id: t
            titel: Thema
            normen: [a]

        """;

    /// <summary>Bevindingen for the test begrippen; facts start on line 6.</summary>
    public const string BevindingenText = """
        aanbieder:
          naam: Zorg B.V.
        bezoek:
          datum: 2025-03-12
        feiten:
          klachten:
            regeling_aanwezig: ja

        """;

    /// <summary>The norm with the toets on line 11 (column 16) replaced.</summary>
    public static string NormWithToets(string toets) => Replace(NormText, "toets: klachten.regeling_aanwezig", "toets: " + toets);

    /// <summary>Replaces one occurrence of <paramref name="old"/>, failing when it is not there (so a case cannot go stale silently).</summary>
    public static string Replace(string text, string old, string replacement)
    {
        var index = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{old}' staat niet in de invoer.");
        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + old.Length));
    }

    /// <summary>Loads the test begrippen plus the given files (norm 'a' unless replaced).</summary>
    public static IReadOnlyList<Diagnostic> Load(params (string Path, string Text)[] files)
    {
        var all = new List<(string, string)> { (BegrippenPath, TestModel.Begrippen) };
        if (!files.Any(f => f.Path == NormPath))
        {
            all.Add((NormPath, NormText));
        }

        all.AddRange(files);
        return TestModel.Load([.. all]).Diagnostics;
    }

    /// <summary>Loads the valid model (begrippen, norm 'a', kader 'k') and reads bevindingen against it.</summary>
    public static IReadOnlyList<Diagnostic> ReadBevindingen(string text)
    {
        var model = ValidModel();
        var bag = new DiagnosticBag();
        BevindingenReader.ReadText(text, model.Model, bag, BevindingenPath);
        return bag.Items;
    }

    public static LoadResult ValidModel()
    {
        var result = TestModel.Load((BegrippenPath, TestModel.Begrippen), (NormPath, NormText), (KaderPath, KaderText));
        Assert.Empty(result.Diagnostics);
        return result;
    }
}
