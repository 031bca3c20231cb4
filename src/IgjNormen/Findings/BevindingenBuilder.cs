using IgjNormen.Evaluation;
using IgjNormen.Model;

namespace IgjNormen.Findings;

/// <summary>
/// Builds bevindingen in code, for applications that have the facts in their own objects. Names and values are
/// checked against the begrippen: a wrong name or type throws <see cref="ArgumentException"/> with a Dutch message,
/// because in code that is a programming error.
/// </summary>
public sealed class BevindingenBuilder
{
    private readonly NormModel _model;
    private readonly Value[] _facts;
    private readonly List<Afwijking> _afwijkingen = [];
    private Aanbieder _aanbieder = new("(onbekend)");
    private DateOnly? _bezoekdatum;
    private string? _kader;
    private DateOnly? _peildatum;

    public BevindingenBuilder(NormModel model)
    {
        _model = model;
        _facts = new Value[model.Facts.Count];
    }

    public BevindingenBuilder Aanbieder(string naam, string? kvk = null)
    {
        _aanbieder = new Aanbieder(naam, kvk);
        return this;
    }

    public BevindingenBuilder Bezoek(DateOnly datum, string? kader = null)
    {
        _bezoekdatum = datum;
        _kader = kader;
        return this;
    }

    public BevindingenBuilder Peildatum(DateOnly peildatum)
    {
        _peildatum = peildatum;
        return this;
    }

    /// <summary>Sets a fact: bool, decimal/int/double, string, DateOnly or DateTime, as the begrip's type requires.</summary>
    public BevindingenBuilder Feit(string naam, object? waarde)
    {
        var fact = Find(naam);
        _facts[fact.Index] = Convert(fact, waarde, naam);
        return this;
    }

    /// <summary>Sets a list fact: one dictionary of field name → value per element.</summary>
    public BevindingenBuilder Lijst(string naam, IEnumerable<IReadOnlyDictionary<string, object?>> elementen)
    {
        var fact = Find(naam);
        if (fact.Kind != FactKind.List)
        {
            throw new ArgumentException($"'{naam}' is geen lijst.", nameof(naam));
        }

        var records = new List<Value[]>();
        foreach (var element in elementen)
        {
            var record = new Value[fact.Fields.Count];
            foreach (var (fieldName, value) in element)
            {
                var field = fact.FindField(fieldName) ?? throw new ArgumentException($"'{naam}' heeft geen veld '{fieldName}'.", nameof(elementen));
                record[field.Index] = Convert(field, value, $"{naam}.{fieldName}");
            }

            records.Add(record);
        }

        _facts[fact.Index] = Value.List([.. records]);
        return this;
    }

    public BevindingenBuilder Afwijking(string normId, Oordeel oordeel, string motivering)
    {
        if (!_model.NormsById.ContainsKey(normId))
        {
            throw new ArgumentException($"Onbekende norm '{normId}'.", nameof(normId));
        }

        if (string.IsNullOrWhiteSpace(motivering))
        {
            throw new ArgumentException("Een afwijkend oordeel heeft een motivering nodig.", nameof(motivering));
        }

        _afwijkingen.Add(new Afwijking(normId, oordeel, motivering));
        return this;
    }

    public Bevindingen Build() =>
        new(_aanbieder, _bezoekdatum, _kader, null, _peildatum, (Value[])_facts.Clone(), [.. _afwijkingen], null);

    private FactDefinition Find(string naam) =>
        _model.FactsByName.TryGetValue(naam, out var fact)
            ? fact
            : throw new ArgumentException($"Onbekend feit '{naam}'.{Text.Suggestions.Hint(naam, _model.FactsByName.Keys)}", nameof(naam));

    private static Value Convert(FactDefinition fact, object? value, string naam)
    {
        Value? result = (fact.Kind, value) switch
        {
            (_, null) => Value.Unknown,
            (FactKind.Boolean, bool b) => Value.Boolean(b),
            (FactKind.Number, decimal d) => Value.Number(d),
            (FactKind.Number, int i) => Value.Number(i),
            (FactKind.Number, long l) => Value.Number(l),
            (FactKind.Number, double d) => Value.Number((decimal)d),
            (FactKind.Text, string s) => Value.Text(s),
            (FactKind.Choice, string s) when fact.Choices.Contains(s) => Value.Text(s),
            (FactKind.Date, DateOnly d) => Value.Date(d),
            (FactKind.DateTime, DateTime t) => Value.DateTime(t),
            _ => null,
        };
        return result ?? throw new ArgumentException($"'{value}' past niet bij '{naam}' (type {FactDefinition.KindName(fact.Kind)}).", nameof(value));
    }
}
