using IgjNormen.Diagnostics;
using IgjNormen.Model;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.Loading;

/// <summary>
/// Loads a norms folder (or a set of in-memory files): reads every begrippen, norm and kader file, then checks and
/// binds the whole. This is the one entry point for the CLI, the language server and other applications.
/// </summary>
public static class NormModelLoader
{
    public const string BegrippenSuffix = ".begrippen.yaml";
    public const string NormSuffix = ".norm.yaml";
    public const string KaderSuffix = ".kader.yaml";
    public const string RegelingenSuffix = ".regelingen.yaml";

    /// <summary>Loads every *.begrippen.yaml, *.norm.yaml and *.kader.yaml under a folder.</summary>
    public static LoadResult LoadFolder(string folder)
    {
        var diagnostics = new DiagnosticBag();
        var files = new List<SourceFile>();
        if (!Directory.Exists(folder))
        {
            var shown = folder.Replace('\\', '/');
            diagnostics.Add(DiagnosticCodes.Files.NotFound, new SourceLocation(new SourceFile(shown, string.Empty), default), shown);
            return Check([], diagnostics);
        }

        var paths = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Select(p => (Full: p, Shown: Path.Combine(folder, Path.GetRelativePath(folder, p)).Replace('\\', '/')))
            .OrderBy(p => p.Shown, StringComparer.Ordinal);
        var list = paths.ToList();

        // Each file is read from disk, parsed and loaded on all cores, into its own bag (as in Check).
        var loaded = new LoadedFile[list.Count];
        Parallel.For(0, list.Count, i =>
        {
            var (full, shown) = list[i];
            if (KindOf(shown) is null)
            {
                var unknown = new LoadedFile();
                unknown.Diagnostics.Add(DiagnosticCodes.Structure.UnknownFileKind, new SourceLocation(new SourceFile(shown, string.Empty), default));
                loaded[i] = unknown;
                return;
            }

            var bag = new DiagnosticBag();
            loaded[i] = SourceFileReader.Read(full, bag, displayPath: shown) is { } file ? LoadFile(file, bag) : new LoadedFile(null, bag);
        });
        foreach (var file in loaded)
        {
            if (file.File is { } read)
            {
                files.Add(read);
            }
        }

        return Finish(loaded, files, diagnostics);
    }

    /// <summary>Loads in-memory files (used by the language server and tests); kinds follow the file names.</summary>
    public static LoadResult Load(IEnumerable<SourceFile> files) => Check(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), new DiagnosticBag());

    internal static string? KindOf(string path) =>
        path.EndsWith(BegrippenSuffix, StringComparison.Ordinal) ? BegrippenSuffix
        : path.EndsWith(NormSuffix, StringComparison.Ordinal) ? NormSuffix
        : path.EndsWith(KaderSuffix, StringComparison.Ordinal) ? KaderSuffix
        : path.EndsWith(RegelingenSuffix, StringComparison.Ordinal) ? RegelingenSuffix
        : null;

    internal static string IdFromPath(string path, string suffix)
    {
        var name = path.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        return name[..^suffix.Length];
    }

    private static LoadResult Check(List<SourceFile> files, DiagnosticBag diagnostics)
    {
        // Each file is read (YAML) and loaded on all cores, into its own bag; the files are then taken in order, so
        // the diagnostics and the model are the same as one file after the other.
        var loaded = new LoadedFile[files.Count];
        Parallel.For(0, files.Count, i => loaded[i] = LoadFile(files[i], new DiagnosticBag()));
        return Finish(loaded, files, diagnostics);
    }

    /// <summary>Takes the loaded files in order (their diagnostics, then what they define), and checks the whole.</summary>
    private static LoadResult Finish(LoadedFile[] loaded, List<SourceFile> files, DiagnosticBag diagnostics)
    {
        var facts = new List<FactDefinition>();
        var norms = new List<Norm>(files.Count);
        var kaders = new List<Kader>();
        var regelingen = new List<Regeling>();
        foreach (var file in loaded)
        {
            diagnostics.AddRange(file.Diagnostics.Items);
            if (file.Facts is { } fileFacts)
            {
                facts.AddRange(fileFacts);
            }

            if (file.Norm is { } norm)
            {
                norms.Add(norm);
            }

            if (file.Kader is { } kader)
            {
                kaders.Add(kader);
            }

            if (file.Regelingen is { } fileRegelingen)
            {
                regelingen.AddRange(fileRegelingen);
            }
        }

        var model = ModelChecker.Check(facts, norms, kaders, diagnostics);
        model.Regelingen = regelingen.OrderBy(r => r.Afkorting, StringComparer.Ordinal).ToList();
        return new LoadResult(model, DiagnosticBag.Sorted(diagnostics.Items), files);
    }

    private static LoadedFile LoadFile(SourceFile file, DiagnosticBag diagnostics)
    {
        var result = new LoadedFile(file, diagnostics);
        var kind = KindOf(file.Path);
        if (kind is null)
        {
            diagnostics.Add(DiagnosticCodes.Structure.UnknownFileKind, new SourceLocation(file, default));
            return result;
        }

        if (YamlReader.Read(file, diagnostics) is not { } root)
        {
            return result;
        }

        switch (kind)
        {
            case BegrippenSuffix:
                result.Facts = BegrippenLoader.Load(root, diagnostics);
                break;
            case NormSuffix:
                result.Norm = NormLoader.Load(root, IdFromPath(file.Path, NormSuffix), diagnostics);
                break;
            case RegelingenSuffix:
                result.Regelingen = RegelingenLoader.Load(root, diagnostics);
                break;
            default:
                result.Kader = KaderLoader.Load(root, IdFromPath(file.Path, KaderSuffix), diagnostics);
                break;
        }

        return result;
    }

    /// <summary>What one file gave: its diagnostics (reading included) and what it defines.</summary>
    private sealed class LoadedFile(SourceFile? file, DiagnosticBag diagnostics)
    {
        public LoadedFile()
            : this(null, new DiagnosticBag())
        {
        }

        public SourceFile? File { get; } = file;

        public DiagnosticBag Diagnostics { get; } = diagnostics;

        public List<FactDefinition>? Facts { get; set; }

        public Norm? Norm { get; set; }

        public Kader? Kader { get; set; }

        public List<Regeling>? Regelingen { get; set; }
    }
}
