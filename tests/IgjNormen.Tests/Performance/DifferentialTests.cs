using IgjNormen.Comparison;
using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Model;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Performance;

/// <summary>
/// The benchmark compares three forms of one workload (docs/prestaties.md): the shipped norms of the kader
/// klachten-en-incidenten, the same checks as a RulesEngine workflow, and hand-written C#. A comparison of unequal
/// work is worthless: on thousands of seeded, generated providers, with missing facts, the three must give the same
/// oordeel on every norm, and so must every way the library offers to compute it.
/// </summary>
public class DifferentialTests
{
    private const int Providers = 3000;
    private const int Seed = 20250408;

    private static readonly Lazy<NormModel> Shipped = new(() =>
    {
        var loaded = NormModelLoader.LoadFolder(RepositoryRoot.Combine("norms"));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError);
        return loaded.Model;
    });

    [Fact]
    public void The_workload_is_the_kader_in_its_order()
    {
        var evaluator = new Evaluator(Shipped.Value);
        Assert.Equal(Workload.NormIds, evaluator.NormsOf(Workload.KaderId).Select(n => n.Id));
    }

    [Fact]
    public void Library_rulesengine_and_hand_written_agree_on_every_verdict()
    {
        var model = Shipped.Value;
        var evaluator = new Evaluator(model);
        var rulesEngine = new RulesEngineForm();
        var providers = Workload.Generate(Providers, Seed);
        var mismatches = new List<string>();
        var seen = new HashSet<Oordeel>();
        var unknownFacts = 0;
        for (var i = 0; i < providers.Count; i++)
        {
            var feiten = providers[i];
            var bevindingen = Workload.ToBevindingen(feiten, model, $"Aanbieder {i}");
            var explained = evaluator.Evaluate(bevindingen).Normen.Select(n => n.Oordeel).ToArray();
            var verdictsOnly = evaluator.EvaluateVerdicts(bevindingen);
            var handWritten = HandWritten.Evaluate(feiten);
            var engine = rulesEngine.Evaluate(feiten);
            for (var n = 0; n < Workload.NormIds.Length; n++)
            {
                seen.Add(explained[n]);
                if (verdictsOnly[n] != explained[n] || handWritten[n] != explained[n] || engine[n] != explained[n])
                {
                    mismatches.Add($"aanbieder {i} ({feiten.Peildatum:yyyy-MM-dd}), {Workload.NormIds[n]}: IgjNormen {explained[n].Label()}, " +
                        $"alleen oordelen {verdictsOnly[n].Label()}, C# {handWritten[n].Label()}, RulesEngine {engine[n].Label()}");
                }
            }

            unknownFacts += explained.Count(o => o == Oordeel.NietTeBeoordelen);
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} verschillen, bijvoorbeeld:\n" + string.Join("\n", mismatches.Take(20)));

        // The generator must reach every oordeel the kader can give, or the agreement proves little.
        Assert.Equal(
            [Oordeel.Voldoet, Oordeel.VoldoetGrotendeels, Oordeel.VoldoetGrotendeelsNiet, Oordeel.VoldoetNiet, Oordeel.NietVanToepassing, Oordeel.NietTeBeoordelen],
            seen.Order());
        Assert.True(unknownFacts > Providers / 10, "Te weinig ontbrekende feiten in de gegenereerde bevindingen.");
    }

    [Fact]
    public void Bevindingen_written_as_yaml_and_read_back_give_the_same_verdicts()
    {
        var model = Shipped.Value;
        var evaluator = new Evaluator(model);
        var providers = Workload.Generate(300, Seed + 1);
        for (var i = 0; i < providers.Count; i++)
        {
            var diagnostics = new DiagnosticBag();
            var yaml = Workload.ToYaml(providers[i], $"Aanbieder {i}");
            var read = BevindingenReader.ReadText(yaml, model, diagnostics, $"aanbieder-{i}.yaml");
            Assert.True(read is not null, string.Join("\n", diagnostics.Items) + "\n" + yaml);
            Assert.Equal(HandWritten.Evaluate(providers[i]), evaluator.EvaluateVerdicts(read));
        }
    }
}

/// <summary>The generator of the cold-start measurement writes a folder that loads without errors or warnings, and whose voorbeelden pass.</summary>
public class NormFolderGeneratorTests
{
    [Fact]
    public void A_generated_folder_is_valid()
    {
        using var dir = new TempDirectory();
        NormFolderGenerator.Write(dir.Path, 120);

        var loaded = NormModelLoader.LoadFolder(dir.Path);

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(120, loaded.Model.Norms.Count);
        Assert.All(IgjNormen.Testing.ExampleRunner.RunAll(loaded.Model), o => Assert.True(o.Passed, o.Failure?.ToString()));
    }
}
