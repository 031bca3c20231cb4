namespace IgjNormen.Citations;

/// <summary>A consolidated text of one law, valid from a date: the articles it holds.</summary>
public sealed class LawVersion
{
    private readonly Dictionary<string, LawArticle> _articles;

    internal LawVersion(string bwb, DateOnly validFrom, string path, Dictionary<string, LawArticle> articles)
    {
        Bwb = bwb;
        ValidFrom = validFrom;
        Path = path;
        _articles = articles;
    }

    public string Bwb { get; }

    public DateOnly ValidFrom { get; }

    public string Path { get; }

    public IEnumerable<LawArticle> Articles => _articles.Values;

    public LawArticle? Article(string label) => _articles.GetValueOrDefault(LawArticle.Key(label));
}
