using IgjNormen.Text;

namespace IgjNormen.Model;

/// <summary>
/// A law (or other regulation) the norms cite, with the articles that hold duties of the care provider that the
/// inspectorate supervises: the target for coverage ("which duties have no norm yet?").
/// </summary>
public sealed class Regeling
{
    public required string Afkorting { get; init; }

    public required string Naam { get; init; }

    public required string Bwb { get; init; }

    /// <summary>The provider-duty units: an article, or an article and lid.</summary>
    public IReadOnlyList<LegalUnit> Plichten { get; init; } = [];

    public SourceLocation Location { get; init; }
}

/// <summary>An article, optionally narrowed to a lid. Labels are text: "8:24", "2b".</summary>
public sealed record LegalUnit(string Artikel, string? Lid = null)
{
    public override string ToString() => Lid is null ? $"art. {Artikel}" : $"art. {Artikel} lid {Lid}";

    /// <summary>True when a citation of <paramref name="cited"/> covers this unit (a whole-article citation covers every lid).</summary>
    public bool IsCoveredBy(LegalUnit cited) =>
        string.Equals(Artikel, cited.Artikel, StringComparison.Ordinal) && (cited.Lid is null || Lid is null || Lid == cited.Lid);
}
