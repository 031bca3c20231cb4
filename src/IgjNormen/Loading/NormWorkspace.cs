using IgjNormen.Diagnostics;
using IgjNormen.Model;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.Loading;

/// <summary>
/// A set of norm files that changes one file at a time, for hosts that check as people type (the language server).
/// Checking after an edit reads (YAML, structure, toets syntax) only the files that changed, and binds only the norms
/// that the change can affect: a changed norm, the norms whose <c>oordeel()</c> names it, or every norm when a begrip
/// or the set of norm ids changed. The checks across files (ids, kaders, cycles) are cheap and always run. The result
/// is the same as <see cref="NormModelLoader.Load"/> on the same files. Not thread-safe: the host serialises calls.
/// </summary>
public sealed class NormWorkspace
{
    private readonly SortedDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ModelChecker.Cache _cache = new();
    private LoadResult? _last;

    /// <summary>The files, by path.</summary>
    public IEnumerable<SourceFile> Files => _entries.Values.Select(e => e.File);

    /// <summary>How many norms the last <see cref="Check"/> bound (the rest kept their earlier result).</summary>
    public int LastBoundNorms => _cache.LastBound;

    /// <summary>How many files the last <see cref="Check"/> read.</summary>
    public int LastReadFiles { get; private set; }

    public SourceFile? GetFile(string path) => _entries.TryGetValue(path, out var entry) ? entry.File : null;

    /// <summary>The YAML tree of a file (null when it could not be read).</summary>
    public YNode? GetRoot(string path) => _entries.TryGetValue(path, out var entry) ? entry.Root : null;

    /// <summary>Adds or replaces a file; a file with the same text is left alone. Returns whether anything changed.</summary>
    public bool SetFile(SourceFile file)
    {
        if (_entries.TryGetValue(file.Path, out var entry) && string.Equals(entry.File.Text, file.Text, StringComparison.Ordinal))
        {
            return false;
        }

        _entries[file.Path] = new Entry(file);
        _last = null;
        return true;
    }

    public bool RemoveFile(string path)
    {
        if (!_entries.Remove(path))
        {
            return false;
        }

        _last = null;
        return true;
    }

    /// <summary>The model and all diagnostics (sorted), reusing what the edits since the last check did not touch.</summary>
    public LoadResult Check()
    {
        if (_last is not null)
        {
            return _last;
        }

        var diagnostics = new DiagnosticBag();
        var facts = new List<FactDefinition>();
        var norms = new List<Norm>();
        var kaders = new List<Kader>();
        var regelingen = new List<Regeling>();
        var read = 0;
        foreach (var entry in _entries.Values)
        {
            if (!entry.IsRead)
            {
                entry.Read();
                read++;
            }

            diagnostics.AddRange(entry.Diagnostics);
            facts.AddRange(entry.Facts);
            if (entry.Norm is not null)
            {
                norms.Add(entry.Norm);
            }

            if (entry.Kader is not null)
            {
                kaders.Add(entry.Kader);
            }

            regelingen.AddRange(entry.Regelingen);
        }

        LastReadFiles = read;
        var model = ModelChecker.Check(facts, norms, kaders, diagnostics, _cache);
        model.Regelingen = regelingen.OrderBy(r => r.Afkorting, StringComparer.Ordinal).ToList();
        _last = new LoadResult(model, DiagnosticBag.Sorted(diagnostics.Items), Files.ToList());
        return _last;
    }

    /// <summary>One file and what reading it gave; read on the first check after it was set.</summary>
    private sealed class Entry(SourceFile file)
    {
        public SourceFile File { get; } = file;

        public bool IsRead { get; private set; }

        public YNode? Root { get; private set; }

        public List<Diagnostic> Diagnostics { get; } = [];

        public List<FactDefinition> Facts { get; } = [];

        public Norm? Norm { get; private set; }

        public Kader? Kader { get; private set; }

        public List<Regeling> Regelingen { get; } = [];

        public void Read()
        {
            IsRead = true;
            var bag = new DiagnosticBag();
            var kind = NormModelLoader.KindOf(File.Path);
            if (kind is null)
            {
                bag.Add(DiagnosticCodes.Structure.UnknownFileKind, new SourceLocation(File, default));
            }
            else
            {
                Root = YamlReader.Read(File, bag);
                if (Root is not null)
                {
                    switch (kind)
                    {
                        case NormModelLoader.BegrippenSuffix:
                            Facts.AddRange(BegrippenLoader.Load(Root, bag));
                            break;
                        case NormModelLoader.NormSuffix:
                            Norm = NormLoader.Load(Root, NormModelLoader.IdFromPath(File.Path, NormModelLoader.NormSuffix), bag);
                            break;
                        case NormModelLoader.RegelingenSuffix:
                            Regelingen.AddRange(RegelingenLoader.Load(Root, bag));
                            break;
                        default:
                            Kader = KaderLoader.Load(Root, NormModelLoader.IdFromPath(File.Path, NormModelLoader.KaderSuffix), bag);
                            break;
                    }
                }
            }

            Diagnostics.AddRange(bag.Items);
        }
    }
}
