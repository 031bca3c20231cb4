using IgjNormen.Diagnostics;
using IgjNormen.Loading;
using IgjNormen.Model;

namespace IgjNormen.Testing;

/// <summary>A norm whose voorbeelden were not run, and why (in Dutch, for the report).</summary>
public sealed record UntestableNorm(Norm Norm, string Reden);

/// <summary>
/// Which norms of a model with errors can still have their voorbeelden run: a CI run on a change that breaks one norm
/// still tests all the others. A norm is left out when its own file has an error, when one of its toetsen did not
/// bind, when it reads a begrip from a begrippen file with an error, or when it reads the oordeel of a norm that is
/// left out. An error that belongs to no file leaves out every norm.
/// </summary>
internal static class TestableNorms
{
    /// <summary>The norm files with errors that gave no norm at all (their voorbeelden cannot even be counted).</summary>
    public static IReadOnlyList<string> UnreadNormFiles(LoadResult loaded)
    {
        var read = loaded.Model.Norms.Select(n => n.File?.Path).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return loaded.Diagnostics
            .Where(d => d.IsError && d.Location.File is not null && d.Location.Path.EndsWith(".norm.yaml", StringComparison.Ordinal))
            .Select(d => d.Location.Path)
            .Where(path => !read.Contains(path))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<UntestableNorm> Find(LoadResult loaded)
    {
        var errors = loaded.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count == 0)
        {
            return [];
        }

        var norms = loaded.Model.Norms;
        if (errors.Any(e => e.Location.File is null))
        {
            return norms.Select(n => new UntestableNorm(n, "de normen konden niet volledig gelezen worden")).ToList();
        }

        var filesWithErrors = errors.Select(e => e.Location.Path).ToHashSet(StringComparer.Ordinal);
        var reasons = new Dictionary<Norm, string>();
        foreach (var norm in norms)
        {
            if (norm.File is { } file && filesWithErrors.Contains(file.Path))
            {
                reasons[norm] = "de norm heeft fouten";
            }
            else if (norm.Conditions.Any(c => c.Bound is null))
            {
                reasons[norm] = "een toets van de norm heeft fouten";
            }
            else if (norm.Conditions.SelectMany(c => c.Facts).FirstOrDefault(f => filesWithErrors.Contains(f.Location.Path)) is { } fact)
            {
                reasons[norm] = $"de norm leest begrip '{fact.Name}' uit {fact.Location.Path}, dat fouten heeft";
            }
        }

        // Reading the oordeel of a left-out norm leaves a norm out too, up the chain of oordeel() references.
        bool changed;
        do
        {
            changed = false;
            foreach (var norm in norms)
            {
                if (!reasons.ContainsKey(norm)
                    && norm.Conditions.SelectMany(c => c.ReferencedNorms).FirstOrDefault(reasons.ContainsKey) is { } broken)
                {
                    reasons[norm] = $"de norm leest het oordeel van '{broken.Id}', die niet getest kan worden";
                    changed = true;
                }
            }
        }
        while (changed);

        return norms.Where(reasons.ContainsKey).Select(n => new UntestableNorm(n, reasons[n])).ToList();
    }
}
