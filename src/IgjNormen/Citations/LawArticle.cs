namespace IgjNormen.Citations;

/// <summary>One article of a consolidated law text: its label and the leden and onderdelen it has.</summary>
public sealed class LawArticle
{
    private readonly HashSet<string> _leden = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _onderdelen = new(StringComparer.Ordinal);

    public LawArticle(string label) => Label = label;

    /// <summary>As the law writes it: "11", "2b", "8:24", "11.0a".</summary>
    public string Label { get; }

    public IReadOnlyCollection<string> Leden => _leden;

    public bool HasLid(string lid) => _leden.Contains(lid);

    /// <summary>Whether the article (or, when <paramref name="lid"/> is given, that lid) has the onderdeel.</summary>
    public bool HasOnderdeel(string? lid, string onderdeel) =>
        _onderdelen.TryGetValue(lid ?? string.Empty, out var set) && set.Contains(onderdeel);

    internal void AddLid(string lid) => _leden.Add(lid);

    internal void AddOnderdeel(string? lid, string onderdeel)
    {
        var key = lid ?? string.Empty;
        if (!_onderdelen.TryGetValue(key, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _onderdelen.Add(key, set);
        }

        set.Add(onderdeel);
    }

    /// <summary>Article labels compare without ':' so "8:24" matches the anchor "Artikel824".</summary>
    public static string Key(string label) => label.Replace(":", string.Empty, StringComparison.Ordinal).Trim().ToLowerInvariant();
}
