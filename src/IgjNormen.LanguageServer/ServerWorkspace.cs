using IgjNormen.Diagnostics;
using IgjNormen.Findings;
using IgjNormen.LanguageServer.Protocol;
using IgjNormen.Loading;
using IgjNormen.Model;
using IgjNormen.Schemas;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.LanguageServer;

/// <summary>
/// The files the server knows: the norm files on disk under the workspace folder (its <c>norms/</c> folder when it has
/// one), with the open documents over them, and open bevindingen. The norm files go into a <see cref="NormWorkspace"/>,
/// which checks incrementally; this class maps URIs to paths and turns diagnostics into notifications, sending one only
/// for a file whose diagnostics changed (and always for the file that was edited).
/// </summary>
internal sealed class ServerWorkspace
{
    private static readonly string[] SkippedFolders = ["node_modules", "bin", "obj", ".git", ".vs", "artifacts"];

    private readonly NormWorkspace _norms = new();
    private readonly Dictionary<string, string> _uriByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _openVersions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceFile> _bevindingen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Diagnostic>> _unreadable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _published = new(StringComparer.Ordinal);
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SourceFile, Diagnostic?> _headers = [];

    /// <summary>The workspace folder (absolute), or null when the client opened single files.</summary>
    public string? Root { get; private set; }

    public NormWorkspace Norms => _norms;

    public void Initialize(string? root)
    {
        if (root is null || !Directory.Exists(root))
        {
            return;
        }

        Root = Path.GetFullPath(root);
        var normsFolder = Directory.Exists(Path.Combine(Root, "norms")) ? Path.Combine(Root, "norms") : Root;
        foreach (var full in EnumerateNormFiles(normsFolder).Order(StringComparer.Ordinal))
        {
            LoadFromDisk(full);
        }
    }

    private static IEnumerable<string> EnumerateNormFiles(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true };
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(current, "*.yaml", options))
            {
                if (FileSchemas.SchemaFileFor(file) is not null)
                {
                    yield return file;
                }
            }

            foreach (var sub in Directory.EnumerateDirectories(current, "*", options))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(sub)))
                {
                    pending.Push(sub);
                }
            }
        }
    }

    private void LoadFromDisk(string full)
    {
        var path = PathOfFile(full);
        _uriByPath[path] = new Uri(full).AbsoluteUri;
        var bag = new DiagnosticBag();
        if (SourceFileReader.Read(full, bag, displayPath: path) is { } file)
        {
            _unreadable.Remove(path);
            _norms.SetFile(file);
        }
        else
        {
            _norms.RemoveFile(path);
            _unreadable[path] = [.. bag.Items];
        }
    }

    // ------------------------------------------------------------------ URIs and paths

    /// <summary>The path used in the model: relative to the workspace folder with '/', or absolute outside it.</summary>
    public string PathOf(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return uri;
        }

        return PathOfFile(parsed.LocalPath);
    }

    private string PathOfFile(string full)
    {
        full = Path.GetFullPath(full);
        if (Root is not null)
        {
            var relative = Path.GetRelativePath(Root, full);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return relative.Replace('\\', '/');
            }
        }

        return full.Replace('\\', '/');
    }

    public string UriOf(string path)
    {
        if (_uriByPath.TryGetValue(path, out var uri))
        {
            return uri;
        }

        var full = Root is not null && !Path.IsPathRooted(path) ? Path.Combine(Root, path) : path;
        return Path.IsPathRooted(full) ? new Uri(full).AbsoluteUri : path;
    }

    /// <summary>The absolute file system path of a model path, or null.</summary>
    public string? FullPathOf(string path)
    {
        var uri = UriOf(path);
        return Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : null;
    }

    // ------------------------------------------------------------------ documents

    public string Open(string uri, string text, int version)
    {
        var path = PathOf(uri);
        _uriByPath[path] = uri;
        _openVersions[path] = version;
        SetText(path, text);
        return path;
    }

    public string? Change(string uri, IReadOnlyList<TextDocumentContentChangeEvent> changes, int? version)
    {
        var path = PathOf(uri);
        var text = GetText(path);
        if (text is null)
        {
            return null;
        }

        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text;
            }
            else
            {
                var start = Positions.ToOffset(text, change.Range.Start);
                var end = Math.Max(start, Positions.ToOffset(text, change.Range.End));
                text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
            }
        }

        if (version is { } v)
        {
            _openVersions[path] = v;
        }

        SetText(path, text);
        return path;
    }

    /// <summary>Closing a document returns the file to its text on disk (or drops it when it is not on disk).</summary>
    public string Close(string uri)
    {
        var path = PathOf(uri);
        _openVersions.Remove(path);
        _bevindingen.Remove(path);
        var full = FullPathOf(path);
        if (full is not null && File.Exists(full) && FileSchemas.SchemaFileFor(path) is not null && IsInNormsFolder(full))
        {
            LoadFromDisk(full);
        }
        else
        {
            _norms.RemoveFile(path);
            _unreadable.Remove(path);
        }

        return path;
    }

    /// <summary>A file changed on disk (watched files): reread it unless it is open in the editor.</summary>
    public void DiskChanged(string uri, bool deleted)
    {
        var path = PathOf(uri);
        if (_openVersions.ContainsKey(path))
        {
            return;
        }

        var full = FullPathOf(path);
        if (deleted || full is null || !File.Exists(full))
        {
            _norms.RemoveFile(path);
            _unreadable.Remove(path);
        }
        else if (FileSchemas.SchemaFileFor(path) is not null)
        {
            LoadFromDisk(full);
        }
    }

    private bool IsInNormsFolder(string full) => Root is not null && PathOfFile(full) is var p && !Path.IsPathRooted(p);

    public string? GetText(string path) =>
        _norms.GetFile(path)?.Text ?? (_bevindingen.TryGetValue(path, out var b) ? b.Text : null);

    public SourceFile? GetFile(string path) => _norms.GetFile(path) ?? (_bevindingen.TryGetValue(path, out var b) ? b : null);

    public bool IsBevindingen(string path) => _bevindingen.ContainsKey(path);

    private void SetText(string path, string text)
    {
        var file = new SourceFile(path, text);
        _unreadable.Remove(path);
        if (FileSchemas.SchemaFileFor(path) is not null)
        {
            _norms.SetFile(file);
        }
        else if (LooksLikeBevindingen(path, text))
        {
            _bevindingen[path] = file;
        }
    }

    /// <summary>Bevindingen: a YAML or JSON file that is no norm file and has a top-level 'aanbieder' or 'feiten'.</summary>
    private static bool LooksLikeBevindingen(string path, string text) =>
        (path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal)) &&
        (text.StartsWith("aanbieder:", StringComparison.Ordinal) || text.Contains("\naanbieder:", StringComparison.Ordinal) ||
         text.Contains("\nfeiten:", StringComparison.Ordinal) || text.Contains("\"aanbieder\"", StringComparison.Ordinal));

    // ------------------------------------------------------------------ checking

    public LoadResult Check() => _norms.Check();

    /// <summary>
    /// Checks and returns the notifications to send: every file whose diagnostics differ from what was last sent, and
    /// always <paramref name="edited"/> (so an edit is always answered).
    /// </summary>
    public IReadOnlyList<PublishDiagnosticsParams> Publish(string? edited = null)
    {
        var result = _norms.Check();

        // Only files with diagnostics, files that had some, and the edited file are looked at: a clean workspace of a
        // thousand norms costs nothing here.
        var byPath = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        foreach (var file in _norms.Files)
        {
            if (HeaderOf(file) is { } header)
            {
                byPath[file.Path] = [header];
            }
        }

        if (edited is not null && _norms.GetFile(edited) is not null && !byPath.ContainsKey(edited))
        {
            byPath[edited] = [];
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Location.File is null)
            {
                continue;
            }

            if (!byPath.TryGetValue(diagnostic.Location.Path, out var list))
            {
                byPath[diagnostic.Location.Path] = list = [];
            }

            list.Add(diagnostic);
        }

        foreach (var (path, diagnostics) in _unreadable)
        {
            byPath[path] = diagnostics;
        }

        foreach (var (path, file) in _bevindingen)
        {
            var bag = new DiagnosticBag();
            BevindingenReader.Read(file, result.Model, bag);
            byPath[path] = [.. bag.Items];
        }

        var notifications = new List<PublishDiagnosticsParams>();
        foreach (var path in byPath.Keys.Concat(_published.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())
        {
            var diagnostics = byPath.TryGetValue(path, out var found) ? DiagnosticBag.Sorted(found) : [];
            var converted = diagnostics.Select(ToLsp).ToList();
            var signature = string.Join('\n', converted.Select(d => $"{d.Code}|{d.Range}|{d.Message}"));
            var before = _published.GetValueOrDefault(path);
            if (before == signature && path != edited)
            {
                continue;
            }

            if (converted.Count == 0 && before is null && path != edited)
            {
                continue;
            }

            if (converted.Count == 0)
            {
                _published.Remove(path);
            }
            else
            {
                _published[path] = signature;
            }

            notifications.Add(new PublishDiagnosticsParams(UriOf(path), converted, _openVersions.TryGetValue(path, out var v) ? v : null));
        }

        return notifications;
    }

    /// <summary>IGJ1110 for a file, computed once per text (a file object is replaced when its text changes).</summary>
    private Diagnostic? HeaderOf(SourceFile file)
    {
        if (!_headers.TryGetValue(file, out var header))
        {
            header = SchemaHeader.Check(file);
            _headers.AddOrUpdate(file, header);
        }

        return header;
    }

    public static LspDiagnostic ToLsp(Diagnostic diagnostic) =>
        new(
            Positions.ToRange(diagnostic.Location),
            diagnostic.Severity switch { Severity.Error => 1, Severity.Warning => 2, _ => 3 },
            diagnostic.Code,
            "igjnormen",
            diagnostic.Message);

    /// <summary>The norm read from a file (also when it is a duplicate the model left out), or null.</summary>
    public Norm? NormIn(string path)
    {
        var model = _norms.Check().Model;
        return model.Norms.FirstOrDefault(n => n.File?.Path == path);
    }

    public Kader? KaderIn(string path) => _norms.Check().Model.Kaders.FirstOrDefault(k => k.File?.Path == path);

    public YNode? RootOf(string path)
    {
        if (_norms.GetRoot(path) is { } root)
        {
            return root;
        }

        if (_bevindingen.TryGetValue(path, out var file))
        {
            return YamlReader.Read(file, new DiagnosticBag());
        }

        return null;
    }
}
