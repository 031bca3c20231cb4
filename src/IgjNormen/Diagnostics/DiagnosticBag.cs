using IgjNormen.Text;

namespace IgjNormen.Diagnostics;

/// <summary>Collects diagnostics while a phase runs.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors { get; private set; }

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        Add(Diagnostic.Create(descriptor, location, args));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    /// <summary>Diagnostics ordered by file, position and code, so output is the same on every machine.</summary>
    public static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
