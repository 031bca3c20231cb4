using System.Text;
using IgjNormen.Diagnostics;
using IgjNormen.Loading;
using IgjNormen.Model;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.Changes;

/// <summary>
/// The norms as they are in one state: a folder on disk, or the norms folder of a git revision (read straight from
/// the repository with <c>git ls-tree</c> and <c>git cat-file</c>, without touching the working tree).
/// </summary>
public sealed class NormSnapshot
{
    private NormSnapshot(string label, string? commit, LoadResult loaded)
    {
        Label = label;
        Commit = commit;
        Loaded = loaded;
    }

    /// <summary>How the state is named in output: the folder, or the revision with its short commit id.</summary>
    public string Label { get; }

    /// <summary>The full commit id for a git revision; null for a folder.</summary>
    public string? Commit { get; }

    public LoadResult Loaded { get; }

    public NormModel Model => Loaded.Model;

    public static NormSnapshot FromModel(string label, LoadResult loaded) => new(label, null, loaded);

    public static NormSnapshot FromFolder(string folder) => new(folder.Replace('\\', '/'), null, NormModelLoader.LoadFolder(folder));

    /// <summary>
    /// A folder when <paramref name="spec"/> names one, else a git revision (<c>HEAD~1</c>, a branch, a tag, a commit)
    /// of the repository that holds <paramref name="repository"/>, with its norms under <paramref name="map"/>.
    /// Null when it is neither; the reason is in <paramref name="diagnostics"/>, at (1,1) of the argument.
    /// <paramref name="git"/> is the git program (a name on the PATH, or a path).
    /// </summary>
    public static NormSnapshot? Resolve(string spec, string repository, string map, DiagnosticBag diagnostics, string git = "git")
    {
        if (Directory.Exists(spec))
        {
            return FromFolder(spec);
        }

        return FromGit(spec, repository, map, diagnostics, git);
    }

    /// <summary>The norms under <paramref name="map"/> in git revision <paramref name="revision"/>.</summary>
    public static NormSnapshot? FromGit(string revision, string repository, string map, DiagnosticBag diagnostics, string git = "git")
    {
        // Problems with the revision itself are reported at the argument, the way a missing file is (IGJ1012).
        var at = new SourceLocation(new SourceFile(revision, string.Empty), default);
        if (!Directory.Exists(repository))
        {
            diagnostics.Add(DiagnosticCodes.Changes.UnknownRevision, at, revision, $"'{repository.Replace('\\', '/')}' (die map bestaat niet)");
            return null;
        }

        var top = Git.Run(git, repository, ["rev-parse", "--show-toplevel"]);
        if (top is null)
        {
            diagnostics.Add(DiagnosticCodes.Changes.GitUnavailable, at, $"'{git}' is niet gevonden op het PATH; installeer git, of vergelijk twee mappen.");
            return null;
        }

        if (!top.Success)
        {
            diagnostics.Add(DiagnosticCodes.Changes.UnknownRevision, at, revision, $"'{repository.Replace('\\', '/')}' (geen map, en die map is geen git-repository)");
            return null;
        }

        var root = top.OutputText;
        var commit = Git.Run(git, root, ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"]);
        if (commit is not { Success: true })
        {
            diagnostics.Add(DiagnosticCodes.Changes.UnknownRevision, at, revision, $"de repository {root.Replace('\\', '/')}");
            return null;
        }

        var sha = commit.OutputText;
        var inRepo = PathInRepository(root, repository, map);
        var listing = Git.Run(git, root, ["ls-tree", "-r", "-z", "--full-tree", sha, "--", inRepo.Length == 0 ? "." : inRepo]);
        if (listing is not { Success: true })
        {
            diagnostics.Add(DiagnosticCodes.Changes.GitFailed, at, "ls-tree", FirstLine(listing?.Error));
            return null;
        }

        var entries = ParseTree(listing.Output)
            .Where(e => e.Type == "blob" && e.Path.EndsWith(".yaml", StringComparison.Ordinal))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        var files = new List<SourceFile>();
        if (entries.Count > 0)
        {
            var request = Encoding.ASCII.GetBytes(string.Concat(entries.Select(e => e.Object + "\n")));
            var blobs = Git.Run(git, root, ["cat-file", "--batch"], request);
            if (blobs is not { Success: true })
            {
                diagnostics.Add(DiagnosticCodes.Changes.GitFailed, at, "cat-file --batch", FirstLine(blobs?.Error));
                return null;
            }

            var contents = ParseBatch(blobs.Output);
            var local = new DiagnosticBag();
            for (var i = 0; i < entries.Count && i < contents.Count; i++)
            {
                if (contents[i].Length > YamlLimits.Default.MaxFileBytes)
                {
                    local.Add(DiagnosticCodes.Files.FileTooLarge, new SourceLocation(new SourceFile(entries[i].Path, string.Empty), default), contents[i].Length, YamlLimits.Default.MaxFileBytes);
                    continue;
                }

                if (SourceFileReader.Decode(entries[i].Path, contents[i], local) is { } file)
                {
                    files.Add(file);
                }
            }

            diagnostics.AddRange(local.Items.Where(d => !d.IsError));
            if (local.HasErrors)
            {
                // Unreadable files count as errors of this state, like the loader's own.
                var loadedWithErrors = NormModelLoader.Load(files);
                return new NormSnapshot(RevisionLabel(revision, sha), sha, WithExtra(loadedWithErrors, local.Items.Where(d => d.IsError)));
            }
        }

        return new NormSnapshot(RevisionLabel(revision, sha), sha, NormModelLoader.Load(files));
    }

    private static string FirstLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "(geen uitvoer)" : text.Split('\n')[0].Trim();

    private static LoadResult WithExtra(LoadResult loaded, IEnumerable<Diagnostic> extra) =>
        new(loaded.Model, DiagnosticBag.Sorted(loaded.Diagnostics.Concat(extra)));

    private static string RevisionLabel(string revision, string sha) => $"{revision} ({sha[..Math.Min(7, sha.Length)]})";

    /// <summary>The norms folder as a path relative to the repository root, with forward slashes ('' for the root).</summary>
    private static string PathInRepository(string root, string workingDirectory, string map)
    {
        var full = Path.GetFullPath(Path.Combine(Path.GetFullPath(workingDirectory), map));
        var relative = Path.GetRelativePath(Path.GetFullPath(root), full).Replace('\\', '/');
        return relative == "." ? string.Empty : relative.TrimEnd('/');
    }

    private static IEnumerable<(string Type, string Object, string Path)> ParseTree(byte[] output)
    {
        // "<mode> SP <type> SP <object> TAB <path> NUL" per entry.
        foreach (var entry in Encoding.UTF8.GetString(output).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = entry.IndexOf('\t');
            if (tab < 0)
            {
                continue;
            }

            var meta = entry[..tab].Split(' ');
            if (meta.Length == 3)
            {
                yield return (meta[1], meta[2], entry[(tab + 1)..]);
            }
        }
    }

    /// <summary>The contents in <c>git cat-file --batch</c> output: "&lt;object&gt; blob &lt;size&gt;\n&lt;content&gt;\n" each.</summary>
    private static List<byte[]> ParseBatch(byte[] output)
    {
        var result = new List<byte[]>();
        var position = 0;
        while (position < output.Length)
        {
            var newline = Array.IndexOf(output, (byte)'\n', position);
            if (newline < 0)
            {
                break;
            }

            var header = Encoding.ASCII.GetString(output, position, newline - position).Split(' ');
            position = newline + 1;
            if (header.Length < 3 || !int.TryParse(header[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size))
            {
                result.Add([]);
                continue;
            }

            result.Add(output.AsSpan(position, Math.Min(size, output.Length - position)).ToArray());
            position += size + 1;
        }

        return result;
    }
}
