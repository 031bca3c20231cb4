namespace IgjNormen.Comparison;

/// <summary>
/// The facts of one provider for the kader klachten-en-incidenten, as an application would hold them in its own
/// objects: null is 'onbekend' (the fact is missing). Dates are midnight <see cref="DateTime"/>s, because Dynamic LINQ
/// (used by RulesEngine) knows DateTime better than DateOnly. The same data also becomes IgjNormen
/// <see cref="Findings.Bevindingen"/> (<see cref="Workload.ToBevindingen"/>).
/// </summary>
public sealed class Feiten
{
    public DateTime Peildatum { get; set; }

    public string? AanbiederSoort { get; set; }

    public bool? ClientenraadVerplicht { get; set; }

    public bool? GegevensVerzameld { get; set; }

    public bool? GegevensVergelijkbaar { get; set; }

    public DateTime? LaatsteToetsingOp { get; set; }

    public bool? VerbeteringenDoorgevoerd { get; set; }

    public bool? RegelingSchriftelijk { get; set; }

    public bool? RegelingMetClientenorganisatie { get; set; }

    public bool? RegelingMetClientenraad { get; set; }

    public bool? RegelingBekendgemaakt { get; set; }

    public bool? FunctionarisAangewezen { get; set; }

    public bool? FunctionarisKosteloos { get; set; }

    public bool? FunctionarisTaken { get; set; }

    public bool? FunctionarisInDienst { get; set; }

    public bool? FunctionarisOnafhankelijkGeborgd { get; set; }

    public bool? FunctionarisLichtRegelingToe { get; set; }

    public List<Klacht>? Klachten { get; set; }

    public List<Calamiteit>? Calamiteiten { get; set; }

    public List<Geweld>? Geweld { get; set; }

    public List<Beeindiging>? Beeindigingen { get; set; }
}

public sealed class Klacht
{
    public string? Kenmerk { get; set; }

    public DateTime? IngediendOp { get; set; }

    public bool? Afgehandeld { get; set; }

    public DateTime? BesluitOp { get; set; }

    public bool? BesluitGemotiveerd { get; set; }

    public bool? Verlengd { get; set; }

    public DateTime? VerlengingGemeldOp { get; set; }

    public bool? ZorgvuldigOnderzocht { get; set; }

    public bool? OplossingNagestreefd { get; set; }

    public bool? KlagerGeinformeerd { get; set; }
}

public sealed class Calamiteit
{
    public string? Kenmerk { get; set; }

    public DateTime? GeconstateerdOp { get; set; }

    public DateTime? VastgesteldOp { get; set; }

    public bool? Gemeld { get; set; }

    public DateTime? GemeldOp { get; set; }
}

public sealed class Geweld
{
    public string? Kenmerk { get; set; }

    public DateTime? VastgesteldOp { get; set; }

    public bool? Gemeld { get; set; }

    public DateTime? GemeldOp { get; set; }
}

public sealed class Beeindiging
{
    public string? Kenmerk { get; set; }

    public DateTime? BeslotenOp { get; set; }

    public bool? Gemeld { get; set; }

    public DateTime? GemeldOp { get; set; }
}
