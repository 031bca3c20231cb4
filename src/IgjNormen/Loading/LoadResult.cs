using IgjNormen.Diagnostics;
using IgjNormen.Model;

namespace IgjNormen.Loading;

/// <summary>A loaded model and everything found wrong while loading and checking it.</summary>
public sealed class LoadResult
{
    internal LoadResult(NormModel model, IReadOnlyList<Diagnostic> diagnostics)
    {
        Model = model;
        Diagnostics = diagnostics;
    }

    /// <summary>The model: usable for evaluation when <see cref="HasErrors"/> is false.</summary>
    public NormModel Model { get; }

    /// <summary>Sorted by file and position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
