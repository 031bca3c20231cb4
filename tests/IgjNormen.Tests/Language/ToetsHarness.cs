using System.Globalization;
using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Model;
using IgjNormen.Results;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Language;

/// <summary>
/// Loads toetsen as criteria of a norm 't' over the <see cref="TestModel"/> begrippen and evaluates them through the
/// public surface: <see cref="NormModelLoader"/>, <see cref="BevindingenBuilder"/> and <see cref="Evaluator"/>.
/// </summary>
internal static class ToetsHarness
{
    public const string NormPath = "norms/normen/t.norm.yaml";

    /// <summary>The date bevindingen are judged on unless a test says otherwise.</summary>
    public static readonly DateOnly Peildatum = new(2025, 3, 12);

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTime T(string iso) => DateTime.ParseExact(iso, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The model with norm 't' whose criteria c1, c2, … have the given toetsen, plus any extra files.</summary>
    public static LoadResult Load(IEnumerable<string> toetsen, params (string Path, string Text)[] extra) =>
        TestModel.WithBegrippen([(NormPath, TestModel.Norm("t", null, [.. toetsen])), .. extra]);

    public static LoadResult Load(params string[] toetsen) => Load(toetsen, []);

    /// <summary>The errors for one toets (warnings, such as 'te weinig voorbeelden', are left out).</summary>
    public static IReadOnlyList<Diagnostic> Errors(string toets, params (string Path, string Text)[] extra) =>
        Load([toets], extra).Diagnostics.Where(d => d.IsError).ToList();

    public static Diagnostic SingleError(string toets, params (string Path, string Text)[] extra)
    {
        var errors = Errors(toets, extra);
        Assert.True(errors.Count == 1, $"Verwacht één fout voor '{toets}', maar er zijn er {errors.Count}: {string.Join(" | ", errors)}");
        return errors[0];
    }

    /// <summary>
    /// Where a diagnostic about the first criterion's toets points, as an offset into the toets text and a length.
    /// The toets stands single-quoted in the file, so for toetsen without a quote the mapping is one to one.
    /// </summary>
    public static (int Start, int Length) SpanInToets(Diagnostic diagnostic)
    {
        var file = diagnostic.Location.File;
        Assert.NotNull(file);
        Assert.Equal(NormPath, file.Path);
        var start = file.Text.IndexOf("toets: '", StringComparison.Ordinal) + "toets: '".Length;
        return (diagnostic.Location.Span.Start - start, diagnostic.Location.Span.Length);
    }

    /// <summary>Asserts a diagnostic's code, message and the part of the toets it points at.</summary>
    public static void AssertDiagnostic(Diagnostic diagnostic, string toets, string code, string message, int start, string covered)
    {
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
        var (at, length) = SpanInToets(diagnostic);
        Assert.Equal(start, at);
        Assert.Equal(covered, toets.Substring(at, length));
    }

    public static Bevindingen Facts(NormModel model, Action<BevindingenBuilder>? facts = null, DateOnly? peildatum = null)
    {
        var builder = new BevindingenBuilder(model).Aanbieder("Zorggroep De Linde").Peildatum(peildatum ?? Peildatum);
        facts?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>The result for norm 't'.</summary>
    public static NormResult Judge(LoadResult loaded, Action<BevindingenBuilder>? facts = null, DateOnly? peildatum = null)
    {
        AssertNoErrors(loaded);
        var result = new Evaluator(loaded.Model).Evaluate(Facts(loaded.Model, facts, peildatum));
        Assert.False(result.HasErrors, string.Join(" | ", result.Diagnostics));
        return result.Normen.Single(n => n.NormId == "t");
    }

    public static void AssertNoErrors(LoadResult loaded) =>
        Assert.True(!loaded.HasErrors, "Het model heeft fouten: " + string.Join(" | ", loaded.Diagnostics.Where(d => d.IsError)));

    /// <summary>The outcome of each toets, in order.</summary>
    public static IReadOnlyList<CriterionOutcome> Outcomes(IEnumerable<string> toetsen, Action<BevindingenBuilder>? facts = null, DateOnly? peildatum = null) =>
        Judge(Load(toetsen, []), facts, peildatum).Criteria.Select(c => c.Uitkomst).ToList();

    /// <summary>The outcome of one toets: voldaan (ja), niet voldaan (nee) or onbekend.</summary>
    public static CriterionOutcome Outcome(string toets, Action<BevindingenBuilder>? facts = null, DateOnly? peildatum = null) =>
        Outcomes([toets], facts, peildatum)[0];

    /// <summary>The three truth values as criterion outcomes: "ja", "nee", "onbekend".</summary>
    public static CriterionOutcome Truth(string value) => value switch
    {
        "ja" => CriterionOutcome.Voldaan,
        "nee" => CriterionOutcome.NietVoldaan,
        "onbekend" => CriterionOutcome.Onbekend,
        _ => throw new ArgumentException($"'{value}' is geen waarheidswaarde.", nameof(value)),
    };

    /// <summary>A fact value for a truth value: true, false, or null (left out: onbekend).</summary>
    public static object? Bool(string value) => value switch
    {
        "ja" => true,
        "nee" => false,
        "onbekend" => null,
        _ => throw new ArgumentException($"'{value}' is geen waarheidswaarde.", nameof(value)),
    };

    /// <summary>One element of klachten.klachten.</summary>
    public static IReadOnlyDictionary<string, object?> Klacht(string? ingediend = null, string? besluit = null, bool? verlengd = null) =>
        new Dictionary<string, object?>
        {
            ["ingediend_op"] = ingediend is null ? null : D(ingediend),
            ["besluit_op"] = besluit is null ? null : D(besluit),
            ["verlengd"] = verlengd,
        };

    /// <summary>A second norm file, with one criterion.</summary>
    public static (string Path, string Text) OtherNorm(string id, string toets, string? toepassing = null) =>
        ($"norms/normen/{id}.norm.yaml", TestModel.Norm(id, toepassing, toets));
}
