using IgjNormen.Evaluation;
using IgjNormen.Model;
using IgjNormen.Text;

namespace IgjNormen.Findings;

/// <summary>The provider an inspection was about.</summary>
public sealed record Aanbieder(string Naam, string? Kvk = null);

/// <summary>An inspector's reasoned deviation from the computed oordeel on a norm.</summary>
public sealed record Afwijking(string NormId, Oordeel Oordeel, string Motivering)
{
    public SourceLocation Location { get; init; }
}

/// <summary>
/// What inspectors found on a visit: the provider, the visit, the facts (as values by begrip slot) and any
/// reasoned overrides. Read from a file with <see cref="BevindingenReader"/> or built in code with
/// <see cref="BevindingenBuilder"/>.
/// </summary>
public sealed class Bevindingen
{
    internal Bevindingen(Aanbieder aanbieder, DateOnly? bezoekdatum, string? kaderId, string? inspecteur, DateOnly? peildatum, Value[] facts, IReadOnlyList<Afwijking> afwijkingen, SourceFile? file)
    {
        Aanbieder = aanbieder;
        Bezoekdatum = bezoekdatum;
        KaderId = kaderId;
        Inspecteur = inspecteur;
        Peildatum = peildatum;
        Facts = facts;
        Afwijkingen = afwijkingen;
        File = file;
    }

    public Aanbieder Aanbieder { get; }

    public DateOnly? Bezoekdatum { get; }

    /// <summary>The kader named in <c>bezoek.kader</c>.</summary>
    public string? KaderId { get; }

    public string? Inspecteur { get; }

    /// <summary>The peildatum stated in the file; when null the visit date is used.</summary>
    public DateOnly? Peildatum { get; }

    /// <summary>Fact values by begrip slot (<see cref="FactDefinition.Index"/>).</summary>
    internal Value[] Facts { get; }

    public IReadOnlyList<Afwijking> Afwijkingen { get; }

    public SourceFile? File { get; }
}
