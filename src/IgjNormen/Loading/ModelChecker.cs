using IgjNormen.Binding;
using IgjNormen.Diagnostics;
using IgjNormen.Model;
using IgjNormen.Text;

namespace IgjNormen.Loading;

/// <summary>
/// The checks across files: duplicate ids, begrippen that are prefixes of others, version order and overlap,
/// criterion ids, kader references, binding of every toets and toepassing, oordeel() cycles, and the feiten of
/// voorbeelden.
/// </summary>
internal static class ModelChecker
{
    /// <summary>
    /// What an earlier check of (mostly) the same files found, so that a check after one edit binds only what the edit
    /// touches: the diagnostics of each norm (by object: a changed file gives new objects), and the begrippen and norm
    /// ids they were bound against.
    /// </summary>
    internal sealed class Cache
    {
        public Dictionary<Norm, List<Diagnostic>> NormDiagnostics { get; } = new(ReferenceEqualityComparer.Instance);

        public List<FactDefinition> Facts { get; set; } = [];

        public List<string> NormIds { get; set; } = [];

        /// <summary>How many norms the last check bound (for tests and measurements).</summary>
        public int LastBound { get; set; }
    }

    public static NormModel Check(List<FactDefinition> facts, List<Norm> norms, List<Kader> kaders, DiagnosticBag diagnostics, Cache? cache = null)
    {
        var factsChanged = cache is null || !cache.Facts.SequenceEqual(facts, ReferenceEqualityComparer.Instance);
        if (cache is not null)
        {
            cache.Facts = [.. facts];
        }

        facts = Deduplicate(facts, f => f.Name, f => f.Location, "Het begrip", diagnostics);
        facts.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        CheckPrefixes(facts, diagnostics);
        for (var i = 0; i < facts.Count; i++)
        {
            facts[i].Index = i;
        }

        norms = Deduplicate(norms, n => n.Id, n => n.IdLocation, "De norm", diagnostics);
        norms.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        for (var i = 0; i < norms.Count; i++)
        {
            norms[i].Index = i;
        }

        kaders = Deduplicate(kaders, k => k.Id, k => k.IdLocation, "Het kader", diagnostics);
        kaders.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var model = new NormModel(facts, norms, kaders);

        var binder = new Binder(model.FactsByName, model.NormsById);
        var rebind = NormsToBind(norms, model, factsChanged, cache);

        // The norms to bind are checked on all cores, each into its own bag: parsing and binding one norm reads the
        // model but changes only that norm. The bags are then taken in norm order.
        var bags = new DiagnosticBag?[norms.Count];
        Parallel.For(0, norms.Count, i =>
        {
            if (rebind.Contains(norms[i]))
            {
                var bag = new DiagnosticBag();
                CheckNorm(norms[i], binder, bag);
                ExampleChecker.CheckFacts(norms[i], model, bag);
                bags[i] = bag;
            }
        });
        for (var i = 0; i < norms.Count; i++)
        {
            var norm = norms[i];
            if (bags[i] is not { } local)
            {
                diagnostics.AddRange(cache!.NormDiagnostics[norm]);
                continue;
            }

            diagnostics.AddRange(local.Items);
            if (cache is not null)
            {
                cache.NormDiagnostics[norm] = [.. local.Items];
            }
        }

        if (cache is not null)
        {
            foreach (var gone in cache.NormDiagnostics.Keys.Where(n => !model.NormsById.TryGetValue(n.Id, out var current) || !ReferenceEquals(current, n)).ToList())
            {
                cache.NormDiagnostics.Remove(gone);
            }

            cache.LastBound = rebind.Count;
        }

        CheckKaders(model, diagnostics);
        CheckCycles(norms, diagnostics);
        return model;
    }

    /// <summary>
    /// The norms whose toetsen must be bound again: all of them when a begrip or the set of norm ids changed, else the
    /// norms that are new (their file changed) and the norms whose oordeel() names a norm that was replaced.
    /// </summary>
    private static HashSet<Norm> NormsToBind(List<Norm> norms, NormModel model, bool factsChanged, Cache? cache)
    {
        var all = new HashSet<Norm>(norms, ReferenceEqualityComparer.Instance);
        var ids = norms.Select(n => n.Id).ToList();
        if (cache is null)
        {
            return all;
        }

        var idsChanged = !cache.NormIds.SequenceEqual(ids, StringComparer.Ordinal);
        cache.NormIds = ids;
        if (factsChanged || idsChanged)
        {
            return all;
        }

        var result = new HashSet<Norm>(ReferenceEqualityComparer.Instance);
        foreach (var norm in norms)
        {
            if (!cache.NormDiagnostics.ContainsKey(norm) || ConditionsOf(norm).Any(c => c.ReferencedNorms.Any(r => !ReferenceEquals(model.NormsById[r.Id], r))))
            {
                result.Add(norm);
            }
        }

        return result;
    }

    private static IEnumerable<Condition> ConditionsOf(Norm norm)
    {
        if (norm.Toepassing is not null)
        {
            yield return norm.Toepassing;
        }

        foreach (var version in norm.Versies)
        {
            if (version.Toepassing is not null)
            {
                yield return version.Toepassing;
            }

            foreach (var criterion in version.Criteria)
            {
                yield return criterion.Toets;
            }
        }
    }

    private static List<T> Deduplicate<T>(List<T> items, Func<T, string> id, Func<T, SourceLocation> location, string what, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        var result = new List<T>();
        foreach (var item in items)
        {
            if (seen.TryGetValue(id(item), out var first))
            {
                var at = location(first);
                diagnostics.Add(DiagnosticCodes.Model.DuplicateId, location(item), what, id(item), $"{at.Path}({at.Start.Line},{at.Start.Column})");
                continue;
            }

            seen.Add(id(item), item);
            result.Add(item);
        }

        return result;
    }

    private static void CheckPrefixes(List<FactDefinition> sorted, DiagnosticBag diagnostics)
    {
        for (var i = 0; i + 1 < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count && sorted[j].Name.StartsWith(sorted[i].Name, StringComparison.Ordinal); j++)
            {
                if (sorted[j].Name.Length > sorted[i].Name.Length && sorted[j].Name[sorted[i].Name.Length] == '.')
                {
                    diagnostics.Add(DiagnosticCodes.Model.FactPrefix, sorted[i].Location, sorted[i].Name, sorted[j].Name);
                }
            }
        }
    }

    private static void CheckNorm(Norm norm, Binder binder, DiagnosticBag diagnostics)
    {
        if (norm.Versies.Count == 0)
        {
            diagnostics.Add(DiagnosticCodes.Model.NoVersions, norm.IdLocation, norm.Id);
        }

        if (norm.Toepassing is not null)
        {
            binder.Bind(norm.Toepassing, "toepassing", diagnostics);
        }

        NormVersion? previous = null;
        foreach (var version in norm.Versies)
        {
            CheckVersionOrder(previous, version, diagnostics);
            previous = version;
            if (version.Toepassing is not null)
            {
                binder.Bind(version.Toepassing, "toepassing", diagnostics);
            }

            if (version.Criteria.Count == 0)
            {
                diagnostics.Add(DiagnosticCodes.Model.NoCriteria, version.Location);
            }

            // A version has a handful of criteria: a set only for many.
            var criteria = version.Criteria;
            var ids = criteria.Count > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
            for (var c = 0; c < criteria.Count; c++)
            {
                var criterion = criteria[c];
                if (ids is null ? SameIdBefore(criteria, c) : !ids.Add(criterion.Id))
                {
                    diagnostics.Add(DiagnosticCodes.Model.DuplicateCriterion, criterion.Location, criterion.Id);
                }

                binder.Bind(criterion.Toets, "toets", diagnostics);
            }
        }

        if (norm.Voorbeelden.Count < 2)
        {
            diagnostics.Add(DiagnosticCodes.Model.TooFewExamples, norm.IdLocation, norm.Id, norm.Voorbeelden.Count);
        }
    }

    private static bool SameIdBefore(IReadOnlyList<Criterion> criteria, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (criteria[i].Id == criteria[index].Id)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckVersionOrder(NormVersion? previous, NormVersion version, DiagnosticBag diagnostics)
    {
        if (version.GeldigTot is { } tot && tot <= version.GeldigVanaf)
        {
            diagnostics.Add(DiagnosticCodes.Model.EmptyValidity, version.Location, Format(tot), Format(version.GeldigVanaf));
        }

        version.End = version.GeldigTot;
        if (previous is null)
        {
            return;
        }

        if (version.GeldigVanaf <= previous.GeldigVanaf)
        {
            diagnostics.Add(DiagnosticCodes.Model.UnorderedVersions, version.Location, Format(version.GeldigVanaf), Format(previous.GeldigVanaf));
            return;
        }

        if (previous.GeldigTot is null)
        {
            previous.End = version.GeldigVanaf;
        }
        else if (previous.GeldigTot > version.GeldigVanaf)
        {
            diagnostics.Add(DiagnosticCodes.Model.OverlappingVersions, version.Location, Format(version.GeldigVanaf), Format(previous.GeldigVanaf));
        }
        else if (previous.GeldigTot < version.GeldigVanaf)
        {
            diagnostics.Add(DiagnosticCodes.Model.VersionGap, version.Location, Format(previous.GeldigTot.Value), Format(version.GeldigVanaf));
        }
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void CheckKaders(NormModel model, DiagnosticBag diagnostics)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kader in model.Kaders)
        {
            var inKader = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reference in kader.Themas.SelectMany(t => t.Normen))
            {
                if (!inKader.Add(reference.Id))
                {
                    diagnostics.Add(DiagnosticCodes.Model.NormTwiceInKader, reference.Location, reference.Id);
                }

                if (model.NormsById.TryGetValue(reference.Id, out var norm))
                {
                    reference.Norm = norm;
                    used.Add(norm.Id);
                }
                else
                {
                    reference.Norm = null;
                    diagnostics.Add(DiagnosticCodes.Model.UnknownNormInKader, reference.Location, reference.Id, Suggestions.Hint(reference.Id, model.NormsById.Keys));
                }
            }
        }

        if (model.Kaders.Count == 0)
        {
            return;
        }

        foreach (var norm in model.Norms.Where(n => !used.Contains(n.Id)))
        {
            diagnostics.Add(DiagnosticCodes.Model.NormNotInKader, norm.IdLocation, norm.Id);
        }
    }

    /// <summary>Finds cycles in the graph of oordeel() references (over all versions), reporting each once.</summary>
    private static void CheckCycles(List<Norm> norms, DiagnosticBag diagnostics)
    {
        var state = new int[norms.Count]; // 0 new, 1 on stack, 2 done
        var stack = new List<Norm>();
        foreach (var norm in norms)
        {
            Visit(norm);
        }

        void Visit(Norm norm)
        {
            if (state[norm.Index] == 2)
            {
                return;
            }

            state[norm.Index] = 1;
            stack.Add(norm);
            foreach (var (target, location) in References(norm))
            {
                if (state[target.Index] == 1)
                {
                    var cycle = stack.Skip(stack.IndexOf(target)).Select(n => n.Id).Append(target.Id);
                    diagnostics.Add(DiagnosticCodes.Model.VerdictCycle, location, string.Join(" → ", cycle));
                }
                else
                {
                    Visit(target);
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[norm.Index] = 2;
        }
    }

    private static IEnumerable<(Norm Target, SourceLocation Location)> References(Norm norm)
    {
        var conditions = new List<Condition>();
        if (norm.Toepassing is not null)
        {
            conditions.Add(norm.Toepassing);
        }

        foreach (var version in norm.Versies)
        {
            if (version.Toepassing is not null)
            {
                conditions.Add(version.Toepassing);
            }

            conditions.AddRange(version.Criteria.Select(c => c.Toets));
        }

        foreach (var condition in conditions)
        {
            foreach (var target in condition.ReferencedNorms)
            {
                yield return (target, condition.Location);
            }
        }
    }
}
