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
        var read = new SourceFile?[list.Count];
        var bags = new DiagnosticBag[list.Count];
        Parallel.For(0, list.Count, i =>
        {
            var (full, shown) = list[i];
            bags[i] = new DiagnosticBag();
            if (KindOf(shown) is null)
            {
                bags[i].Add(DiagnosticCodes.Structure.UnknownFileKind, new SourceLocation(new SourceFile(shown, string.Empty), default));
                return;
            }

            read[i] = SourceFileReader.Read(full, bags[i], displayPath: shown);
        });
        for (var i = 0; i < list.Count; i++)
        {
            diagnostics.AddRange(bags[i].Items);
            if (read[i] is { } file)
            {
                files.Add(file);
            }
        }

        return Check(files, diagnostics);
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
        var facts = new List<FactDefinition>();
        var norms = new List<Norm>();
        var kaders = new List<Kader>();
        var regelingen = new List<Regeling>();
        // YAML is read on all cores, each file into its own bag; the files are then taken in order.
        var roots = new Yaml.YNode?[files.Count];
        var bags = new DiagnosticBag[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            bags[i] = new DiagnosticBag();
            if (KindOf(files[i].Path) is not null)
            {
                roots[i] = YamlReader.Read(files[i], bags[i]);
            }
        });
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            diagnostics.AddRange(bags[i].Items);
            var kind = KindOf(file.Path);
            if (kind is null)
            {
                diagnostics.Add(DiagnosticCodes.Structure.UnknownFileKind, new SourceLocation(file, default));
                continue;
            }

            var root = roots[i];
            if (root is null)
            {
                continue;
            }

            switch (kind)
            {
                case BegrippenSuffix:
                    facts.AddRange(BegrippenLoader.Load(root, diagnostics));
                    break;
                case NormSuffix:
                    if (NormLoader.Load(root, IdFromPath(file.Path, NormSuffix), diagnostics) is { } norm)
                    {
                        norms.Add(norm);
                    }

                    break;
                case RegelingenSuffix:
                    regelingen.AddRange(RegelingenLoader.Load(root, diagnostics));
                    break;
                default:
                    if (KaderLoader.Load(root, IdFromPath(file.Path, KaderSuffix), diagnostics) is { } kader)
                    {
                        kaders.Add(kader);
                    }

                    break;
            }
        }

        var model = ModelChecker.Check(facts, norms, kaders, diagnostics);
        model.Regelingen = regelingen.OrderBy(r => r.Afkorting, StringComparer.Ordinal).ToList();
        return new LoadResult(model, DiagnosticBag.Sorted(diagnostics.Items), files);
    }
}
