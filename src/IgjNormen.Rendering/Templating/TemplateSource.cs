using System.Reflection;
using System.Text.RegularExpressions;
using IgjNormen.Diagnostics;
using IgjNormen.Text;

namespace IgjNormen.Rendering.Templating;

/// <summary>A template's text and the path under which messages name it.</summary>
internal sealed record TemplateText(string Name, string DisplayPath, string Text);

/// <summary>Thrown by the loader when a template cannot be loaded; carries the diagnostic to report.</summary>
internal sealed class TemplateLoadException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}

/// <summary>
/// Where templates come from: an organisation's own folder (<c>--templates</c>) first, then the templates embedded in
/// this assembly. A folder template is read only when its name is a plain file name (letters, digits, '.', '-', '_')
/// and the file, after following links, lies inside that folder: templates cannot read anything else on disk.
/// </summary>
internal sealed partial class TemplateSource
{
    public const long MaxTemplateBytes = 1024 * 1024;
    private const string ResourcePrefix = "IgjNormen.Rendering.Templates.";
    private static readonly Assembly Assembly = typeof(TemplateSource).Assembly;

    private readonly string? _root;
    private readonly string? _shownRoot;

    private TemplateSource(string? root, string? shownRoot)
    {
        _root = root;
        _shownRoot = shownRoot;
    }

    /// <summary>Only the embedded templates.</summary>
    public static TemplateSource Embedded { get; } = new(null, null);

    /// <summary>The names of the embedded templates (and stylesheet).</summary>
    public static IReadOnlyList<string> EmbeddedNames { get; } =
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>An organisation's folder over the embedded templates; null (with a diagnostic) when it does not exist.</summary>
    public static TemplateSource? FromFolder(string? folder, DiagnosticBag diagnostics)
    {
        if (folder is null)
        {
            return Embedded;
        }

        if (!Directory.Exists(folder))
        {
            var shown = folder.Replace('\\', '/');
            diagnostics.Add(DiagnosticCodes.Rendering.TemplatesFolderNotFound, new SourceLocation(new SourceFile(shown, string.Empty), default), shown);
            return null;
        }

        var root = Resolve(Path.GetFullPath(folder));
        return new TemplateSource(root, folder);
    }

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();

    /// <summary>The template with this name; throws <see cref="TemplateLoadException"/> when it is not allowed or not there.</summary>
    public TemplateText Load(string name)
    {
        if (!PlainName().IsMatch(name) || name.Contains("..", StringComparison.Ordinal))
        {
            throw new TemplateLoadException(Diagnostic.Create(
                DiagnosticCodes.Rendering.TemplateNotAllowed,
                SourceLocation.None,
                name,
                "alleen een bestandsnaam (letters, cijfers, '.', '-' en '_') uit de sjablonenmap of de ingebouwde sjablonen is toegestaan."));
        }

        if (_root is not null && FromFolder(name) is { } own)
        {
            return own;
        }

        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
        {
            var where = _shownRoot is null ? " bij de ingebouwde sjablonen" : $" in de sjablonenmap '{_shownRoot}' of bij de ingebouwde sjablonen";
            throw new TemplateLoadException(Diagnostic.Create(DiagnosticCodes.Rendering.TemplateNotFound, SourceLocation.None, name, where));
        }

        using var reader = new StreamReader(stream);
        return new TemplateText(name, "ingebouwd/" + name, reader.ReadToEnd());
    }

    private TemplateText? FromFolder(string name)
    {
        var path = Path.Combine(_root!, name);
        if (!File.Exists(path))
        {
            return null;
        }

        var resolved = Resolve(path);
        var inside = _root!.EndsWith(Path.DirectorySeparatorChar) ? _root : _root + Path.DirectorySeparatorChar;
        if (!resolved.StartsWith(inside, StringComparison.Ordinal))
        {
            throw new TemplateLoadException(Diagnostic.Create(
                DiagnosticCodes.Rendering.TemplateNotAllowed,
                SourceLocation.None,
                name,
                $"het bestand verwijst naar een plek buiten de sjablonenmap '{_shownRoot}'."));
        }

        var info = new FileInfo(resolved);
        if (info.Length > MaxTemplateBytes)
        {
            throw new TemplateLoadException(Diagnostic.Create(
                DiagnosticCodes.Rendering.TemplateNotAllowed,
                SourceLocation.None,
                name,
                $"het bestand is groter dan {MaxTemplateBytes / 1024} kB."));
        }

        var shown = Path.Combine(_shownRoot!, name).Replace('\\', '/');
        return new TemplateText(name, shown, File.ReadAllText(resolved));
    }

    /// <summary>The path with every symbolic link on it followed.</summary>
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = Path.GetFullPath(target.FullName);
            }
        }

        return current;
    }
}
