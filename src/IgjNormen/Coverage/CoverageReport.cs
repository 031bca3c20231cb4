namespace IgjNormen.Coverage;

/// <summary>Coverage of the law by the norms: per law, per cited or duty unit, the norms and voorbeelden.</summary>
public sealed record CoverageReport(IReadOnlyList<LawCoverage> Laws)
{
    public int DutiesTotal => Laws.Sum(l => l.Units.Count(u => u.IsDuty));

    public int DutiesCovered => Laws.Sum(l => l.Units.Count(u => u.IsDuty && u.Norms.Count > 0));
}

public sealed record LawCoverage(string Afkorting, string Naam, string Bwb, IReadOnlyList<UnitCoverage> Units)
{
    public IEnumerable<UnitCoverage> Uncovered => Units.Where(u => u.IsDuty && u.Norms.Count == 0);
}

/// <summary>One article or lid: whether it is a provider duty, which norms cite it, how many voorbeelden exercise them.</summary>
public sealed record UnitCoverage(string Artikel, string? Lid, bool IsDuty, IReadOnlyList<string> Norms, int Voorbeelden, bool? ExistsInLaw)
{
    public string Label => Lid is null ? $"art. {Artikel}" : $"art. {Artikel} lid {Lid}";
}
