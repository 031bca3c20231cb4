using IgjNormen.Model;

namespace IgjNormen.Evaluation;

/// <summary>A kader's norms in thema order, in one array, with the length of each thema's run.</summary>
internal sealed class KaderPlan
{
    public KaderPlan(Kader? kader, Norm[]? all)
    {
        Kader = kader;
        if (kader is null)
        {
            Norms = all!;
            return;
        }

        var norms = new List<Norm>();
        var themas = new ThemaPlan[kader.Themas.Count];
        for (var t = 0; t < themas.Length; t++)
        {
            var thema = kader.Themas[t];
            var count = 0;
            foreach (var reference in thema.Normen)
            {
                if (reference.Norm is { } norm)
                {
                    norms.Add(norm);
                    count++;
                }
            }

            themas[t] = new ThemaPlan(thema, count);
        }

        Norms = [.. norms];
        Themas = themas;
        Prefetch = new FactPrefetch(Norms);
    }

    public Kader? Kader { get; }

    public Norm[] Norms { get; }

    public ThemaPlan[]? Themas { get; }

    /// <summary>The facts the kader's norms read, to load before evaluating (none for every norm: that reads nearly all).</summary>
    public FactPrefetch? Prefetch { get; }
}

internal readonly record struct ThemaPlan(Thema Thema, int Count);
