using IgjNormen.Diagnostics;
using IgjNormen.Model;
using IgjNormen.Text;

namespace IgjNormen.Loading;

/// <summary>A loaded model and everything found wrong while loading and checking it.</summary>
public sealed class LoadResult
{
    internal LoadResult(NormModel model, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<SourceFile>? files = null)
    {
        Model = model;
        Diagnostics = diagnostics;
        Files = files ?? [];
    }

    /// <summary>The files that were read, by path (for checks on the text itself, such as the schema line).</summary>
    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>The model: usable for evaluation when <see cref="HasErrors"/> is false.</summary>
    public NormModel Model { get; }

    /// <summary>Sorted by file and position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
