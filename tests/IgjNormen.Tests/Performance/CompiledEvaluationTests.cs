using IgjNormen.Comparison;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Model;
using IgjNormen.Results;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Performance;

/// <summary>
/// Toetsen are compiled to delegates once a version is used often (ToetsCompiler). Compiled and walked evaluation
/// must give byte-identical results, explanations included. (CI also runs the whole suite a second time with
/// IGJNORMEN_COMPILE_AFTER=0, so that every language test runs on the compiled form too.)
/// </summary>
public class CompiledEvaluationTests
{
    private static NormModel LoadShipped()
    {
        var loaded = NormModelLoader.LoadFolder(RepositoryRoot.Combine("norms"));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError);
        return loaded.Model;
    }

    [Fact]
    public void Every_shipped_toets_and_toepassing_compiles()
    {
        var model = LoadShipped();
        var count = 0;
        foreach (var norm in model.Norms)
        {
            if (norm.Toepassing?.Bound is { } toepassing)
            {
                ToetsCompiler.Compile(toepassing);
                count++;
            }

            foreach (var version in norm.Versies)
            {
                foreach (var condition in version.Criteria.Select(c => c.Toets).Append(version.Toepassing).OfType<Condition>())
                {
                    ToetsCompiler.Compile(condition.Bound!);
                    count++;
                }
            }
        }

        Assert.True(count > 100, $"Maar {count} toetsen gecompileerd.");
    }

    [Fact]
    public void Compiled_and_walked_evaluation_give_the_same_json()
    {
        // Two models, so that each evaluator's plans are its own.
        var walkedModel = LoadShipped();
        var compiledModel = LoadShipped();
        var walked = new Evaluator(walkedModel);
        var compiled = new Evaluator(compiledModel);
        walked.SetCompiled(false);
        compiled.SetCompiled(true);

        var inputs = new List<(Bevindingen Walked, Bevindingen Compiled)>();
        foreach (var (feiten, i) in Workload.Generate(1500, 99).Select((f, i) => (f, i)))
        {
            inputs.Add((Workload.ToBevindingen(feiten, walkedModel, $"Aanbieder {i}"), Workload.ToBevindingen(feiten, compiledModel, $"Aanbieder {i}")));
        }

        foreach (var sample in Directory.GetFiles(RepositoryRoot.Combine("samples", "bevindingen"), "*.yaml").Order(StringComparer.Ordinal))
        {
            inputs.Add((Read(sample, walkedModel), Read(sample, compiledModel)));
        }

        foreach (var (a, b) in inputs)
        {
            foreach (var explain in new[] { true, false })
            {
                var options = new EvaluationOptions { Explain = explain };
                Assert.Equal(ResultJson.Serialize(walked.Evaluate(a, options)), ResultJson.Serialize(compiled.Evaluate(b, options)));
            }

            Assert.Equal(walked.EvaluateVerdicts(a), compiled.EvaluateVerdicts(b));
        }
    }

    private static Bevindingen Read(string path, NormModel model) =>
        BevindingenReader.ReadFile(path, model, new IgjNormen.Diagnostics.DiagnosticBag(), displayPath: Path.GetFileName(path))!;
}

/// <summary>A toets that divides by zero, overflows or leaves the calendar: 'niet te beoordelen' with a reason, never an exception, on both forms.</summary>
public class CompiledArithmeticTests
{
    private const string Norm = """
        id: t.reken
        titel: Rekenen
        soort: wettelijk
        bron: { regeling: Wkkgz, bwb: BWBR0037173, artikel: "13", lid: "1" }
        versies:
          - geldig_vanaf: 2016-01-01
            status: vastgesteld
            criteria:
              - { id: deling, tekst: Deling., toets: aanbieder.aantal_zorgverleners / 0 > 1 }
              - { id: overloop, tekst: Overloop., toets: aanbieder.aantal_zorgverleners * aanbieder.aantal_zorgverleners > 1 }
              - { id: kalender, tekst: Kalender., toets: kwaliteit.laatste_toetsing_op + 100000 jaar > peildatum }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Division_by_zero_overflow_and_calendar_give_niet_te_beoordelen_with_reasons(bool compiled)
    {
        var loaded = TestModel.WithBegrippen(("norms/t/t.reken.norm.yaml", Norm));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError);
        var evaluator = new Evaluator(loaded.Model);
        evaluator.SetCompiled(compiled);
        var bevindingen = new BevindingenBuilder(loaded.Model)
            .Aanbieder("Test")
            .Bezoek(new DateOnly(2025, 1, 1))
            .Feit("aanbieder.aantal_zorgverleners", decimal.MaxValue)
            .Feit("kwaliteit.laatste_toetsing_op", new DateOnly(2024, 1, 1))
            .Build();

        var result = evaluator.Evaluate(bevindingen).Normen.Single();

        Assert.Equal(Oordeel.NietTeBeoordelen, result.Oordeel);
        Assert.Equal(["deling door nul", "de uitkomst is te groot (overloop)", "de datum valt buiten de kalender"], result.Criteria.Select(c => c.Reden));
        Assert.All(result.Criteria, c => Assert.Equal(CriterionOutcome.Onbekend, c.Uitkomst));
        Assert.Equal([Oordeel.NietTeBeoordelen], evaluator.EvaluateVerdicts(bevindingen));
    }
}
