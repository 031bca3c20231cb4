using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Model;
using IgjNormen.Results;
using IgjNormen.Text;

namespace IgjNormen.Changes;

/// <summary>An oordeel that is different under the new norms: who, which norm, from what to what, and why.</summary>
public sealed record VerdictFlip
{
    /// <summary>The bevindingen file, as given.</summary>
    public required string Bestand { get; init; }

    public required string Aanbieder { get; init; }

    public required DateOnly Peildatum { get; init; }

    public required string NormId { get; init; }

    public required string NormTitel { get; init; }

    /// <summary>The oordeel under the basis; null when the norm was not judged then (not in the kader, or new).</summary>
    public Oordeel? Oud { get; init; }

    /// <summary>The oordeel under the new norms; null when the norm is no longer judged.</summary>
    public Oordeel? Nieuw { get; init; }

    /// <summary>What caused it, in Dutch: the criteria whose outcome changed, another version, the toepassing.</summary>
    public IReadOnlyList<string> Oorzaken { get; init; } = [];
}

/// <summary>The outcome of replaying bevindingen under two states of the norms.</summary>
public sealed record ImpactReport
{
    /// <summary>The bevindingen files judged under both states.</summary>
    public required int Bestanden { get; init; }

    /// <summary>The oordelen compared (norm × file).</summary>
    public required int Oordelen { get; init; }

    public IReadOnlyList<VerdictFlip> Omslagen { get; init; } = [];

    /// <summary>Bevindingen that could not be judged under one of the states (IGJ1930).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}

/// <summary>
/// Impact replay: judges every bevindingen file under the basis and under the new norms (the same peildatum, kader
/// and afwijkingen) and lists every final oordeel that differs, with the criteria that caused the difference.
/// </summary>
public static class ImpactReplay
{
    /// <summary>Every *.yaml, *.yml and *.json file under a folder (or the file itself), sorted.</summary>
    public static IReadOnlyList<string> FindFiles(string path)
    {
        if (File.Exists(path))
        {
            return [path.Replace('\\', '/')];
        }

        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.Combine(path, Path.GetRelativePath(path, f)).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    public static ImpactReport Run(NormSnapshot basis, NormSnapshot nieuw, IEnumerable<string> files)
    {
        var diagnostics = new DiagnosticBag();
        var flips = new List<VerdictFlip>();
        var before = new Evaluator(basis.Model);
        var after = new Evaluator(nieuw.Model);
        var judged = 0;
        var compared = 0;
        foreach (var path in files)
        {
            var old = Judge(before, basis, path, diagnostics);
            var now = Judge(after, nieuw, path, diagnostics);
            if (old is null || now is null)
            {
                continue;
            }

            judged++;
            var oldById = old.Normen.GroupBy(r => r.NormId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var newById = now.Normen.GroupBy(r => r.NormId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var id in oldById.Keys.Union(newById.Keys).Order(StringComparer.Ordinal))
            {
                compared++;
                oldById.TryGetValue(id, out var was);
                newById.TryGetValue(id, out var becomes);
                if (was?.Oordeel == becomes?.Oordeel)
                {
                    continue;
                }

                flips.Add(new VerdictFlip
                {
                    Bestand = path,
                    Aanbieder = now.Aanbieder,
                    Peildatum = now.Peildatum,
                    NormId = id,
                    NormTitel = (becomes ?? was)!.Titel,
                    Oud = was?.Oordeel,
                    Nieuw = becomes?.Oordeel,
                    Oorzaken = Causes(was, becomes, now.KaderId),
                });
            }
        }

        return new ImpactReport { Bestanden = judged, Oordelen = compared, Omslagen = flips, Diagnostics = DiagnosticBag.Sorted(diagnostics.Items) };
    }

    private static EvaluationResult? Judge(Evaluator evaluator, NormSnapshot snapshot, string path, DiagnosticBag diagnostics)
    {
        var label = snapshot.Label;
        if (snapshot.Loaded.HasErrors)
        {
            // Toetsen that did not bind cannot be evaluated.
            var shown = path.Replace('\\', '/');
            diagnostics.Add(DiagnosticCodes.Changes.BevindingenNotEvaluated, new SourceLocation(new SourceFile(shown, string.Empty), default), shown, label, "die normen bevatten fouten ('igjnormen check')");
            return null;
        }

        var local = new DiagnosticBag();
        var bevindingen = BevindingenReader.ReadFile(path, evaluator.Model, local);
        if (bevindingen is null)
        {
            Skip(label, path, local.Items, diagnostics);
            return null;
        }

        var result = evaluator.Evaluate(bevindingen);
        if (result.HasErrors)
        {
            Skip(label, path, result.Diagnostics, diagnostics);
            return null;
        }

        return result;
    }

    private static void Skip(string label, string path, IEnumerable<Diagnostic> problems, DiagnosticBag diagnostics)
    {
        var first = problems.FirstOrDefault(d => d.IsError);
        var shown = path.Replace('\\', '/');
        diagnostics.Add(
            DiagnosticCodes.Changes.BevindingenNotEvaluated,
            new SourceLocation(first?.Location.File ?? new SourceFile(shown, string.Empty), first?.Location.Span ?? default),
            shown,
            label,
            first is null ? "onbekende reden" : $"{first.Code}: {first.Message}");
    }

    private static List<string> Causes(NormResult? was, NormResult? becomes, string? kader)
    {
        if (was is null)
        {
            return [kader is null ? "De norm is nieuw." : $"De norm is nieuw in het kader '{kader}'."];
        }

        if (becomes is null)
        {
            return [kader is null ? "De norm is vervallen." : $"De norm staat niet meer in het kader '{kader}'."];
        }

        var causes = new List<string>();
        if (was.Versie != becomes.Versie)
        {
            causes.Add($"Andere versie: {VersionText(was.Versie)} → {VersionText(becomes.Versie)}.");
        }

        if (becomes.Oordeel is Oordeel.NietVanToepassing or Oordeel.NietVanKracht || was.Oordeel is Oordeel.NietVanToepassing or Oordeel.NietVanKracht)
        {
            causes.Add(becomes.Reden);
        }

        foreach (var criterion in becomes.Criteria)
        {
            var previous = was.Criteria.FirstOrDefault(c => c.Id == criterion.Id);
            if (previous is null)
            {
                causes.Add($"Nieuw criterium '{criterion.Id}'{(criterion.Kritiek ? " (kritiek)" : string.Empty)}: {criterion.Uitkomst.Label()}.");
            }
            else if (previous.Uitkomst != criterion.Uitkomst)
            {
                causes.Add($"Criterium '{criterion.Id}': {previous.Uitkomst.Label()} → {criterion.Uitkomst.Label()}.");
            }
            else if (previous.Kritiek != criterion.Kritiek)
            {
                causes.Add($"Criterium '{criterion.Id}' ({criterion.Uitkomst.Label()}) is {(criterion.Kritiek ? "nu kritiek" : "niet meer kritiek")}.");
            }
        }

        foreach (var removed in was.Criteria.Where(c => becomes.Criteria.All(n => n.Id != c.Id)))
        {
            causes.Add($"Criterium '{removed.Id}' vervalt (was: {removed.Uitkomst.Label()}).");
        }

        if (causes.Count == 0)
        {
            causes.Add(becomes.Reden);
        }

        return causes;
    }

    private static string VersionText(DateOnly? version) => version is { } v ? "versie vanaf " + ModelDiff.Format(v) : "geen versie van kracht";
}
