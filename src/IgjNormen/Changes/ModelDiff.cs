using System.Globalization;
using System.Text;
using IgjNormen.Diagnostics;
using IgjNormen.Formatting;
using IgjNormen.Model;
using IgjNormen.Syntax;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.Changes;

/// <summary>
/// The semantic difference between two states of the norms: which norms, versions, criteria, begrippen and kaders
/// are new, changed or gone. Toetsen are compared as trees, so a change of layout (<c>fmt</c>) is no change.
/// Every edit of a vastgestelde versie is an error (IGJ1901–IGJ1903): such a version only changes by adding a new
/// version after it. Allowed: a new version (which may end an earlier one), adopting a concept version, ending the
/// last version with <c>geldig_tot</c>, and texts outside the versions (titel, bron, toelichting, voorbeelden).
/// </summary>
public static class ModelDiff
{
    public static ChangeSet Compare(NormSnapshot basis, NormSnapshot nieuw)
    {
        var diagnostics = new DiagnosticBag();
        WarnAboutErrors(basis, diagnostics);
        WarnAboutErrors(nieuw, diagnostics);
        var changes = new List<Change>();
        changes.AddRange(CompareNorms(basis.Model, nieuw.Model, diagnostics));
        changes.AddRange(CompareFacts(basis.Model, nieuw.Model));
        changes.AddRange(CompareKaders(basis.Model, nieuw.Model));
        return new ChangeSet
        {
            Basis = basis.Label,
            Nieuw = nieuw.Label,
            Changes = changes,
            Diagnostics = DiagnosticBag.Sorted(diagnostics.Items),
        };
    }

    /// <summary>A state with errors is compared as far as it could be read; the warning stands at its first error.</summary>
    private static void WarnAboutErrors(NormSnapshot snapshot, DiagnosticBag diagnostics)
    {
        var errors = snapshot.Loaded.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            diagnostics.Add(
                DiagnosticCodes.Changes.SideHasErrors,
                errors[0].Location,
                snapshot.Label,
                errors.Count == 1 ? "1 fout" : $"{errors.Count} fouten",
                $" (de eerste: {errors[0].Code}); 'igjnormen check' noemt ze");
        }
    }

    // ---- Norms ----------------------------------------------------------------------------------------------------

    private static IEnumerable<Change> CompareNorms(NormModel old, NormModel @new, DiagnosticBag diagnostics)
    {
        foreach (var id in old.NormsById.Keys.Union(@new.NormsById.Keys).Order(StringComparer.Ordinal))
        {
            old.NormsById.TryGetValue(id, out var before);
            @new.NormsById.TryGetValue(id, out var after);
            if (before is null)
            {
                yield return NormChange(after!, ChangeKind.Nieuw, NewNormDetails(after!));
            }
            else if (after is null)
            {
                yield return NormChange(before, ChangeKind.Vervallen, RemovedNormDetails(before, diagnostics));
            }
            else
            {
                var details = NormDetails(before, after, diagnostics);
                if (details.Count > 0)
                {
                    var kind = details.Any(d => d.Kind == ChangeKind.NieuweVersie && d.Onderdeel == "versie") ? ChangeKind.NieuweVersie : ChangeKind.Gewijzigd;
                    yield return NormChange(after, kind, details);
                }
            }
        }
    }

    private static Change NormChange(Norm norm, ChangeKind kind, IReadOnlyList<ChangeDetail> details) => new()
    {
        Subject = ChangeSubject.Norm,
        Id = norm.Id,
        Kind = kind,
        Titel = norm.Titel,
        Bronnen = norm.AllSources.Select(b => b.Citation).Distinct(StringComparer.Ordinal).ToList(),
        Details = details,
        Location = norm.IdLocation,
    };

    private static List<ChangeDetail> NewNormDetails(Norm norm)
    {
        var details = new List<ChangeDetail>();
        if (norm.Toepassing is not null)
        {
            details.Add(new ChangeDetail
            {
                Kind = ChangeKind.Nieuw,
                Onderdeel = "toepassing",
                Nieuw = ConditionText(norm.Toepassing),
                Omschrijving = "De norm geldt alleen als de toepassing waar is.",
            });
        }

        foreach (var version in norm.Versies)
        {
            details.Add(VersionAdded(norm, version, ChangeKind.Nieuw));
            details.AddRange(CriteriaListed(version));
        }

        return details;
    }

    private static List<ChangeDetail> RemovedNormDetails(Norm norm, DiagnosticBag diagnostics)
    {
        var details = new List<ChangeDetail>
        {
            new() { Kind = ChangeKind.Vervallen, Onderdeel = "norm", Omschrijving = $"De norm '{norm.Id}' is verwijderd." },
        };
        foreach (var version in norm.Versies.Where(v => v.Status == VersionStatus.Vastgesteld))
        {
            details.Add(new ChangeDetail
            {
                Kind = ChangeKind.Vervallen,
                Onderdeel = "versie",
                Versie = version.GeldigVanaf,
                Omschrijving = $"De vastgestelde versie vanaf {Format(version.GeldigVanaf)} is met de norm verwijderd.",
                RaaktVastgesteldeVersie = true,
            });
            diagnostics.Add(DiagnosticCodes.Changes.AdoptedVersionRemoved, version.Location, Format(version.GeldigVanaf), norm.Id, " (de hele norm is verwijderd)");
        }

        return details;
    }

    private static List<ChangeDetail> NormDetails(Norm before, Norm after, DiagnosticBag diagnostics)
    {
        var details = new List<ChangeDetail>();
        var matchedAdopted = before.Versies
            .Where(v => v.Status == VersionStatus.Vastgesteld && after.Versies.Any(w => w.GeldigVanaf == v.GeldigVanaf))
            .ToList();

        Field(details, "titel", before.Titel, after.Titel, "De titel is gewijzigd.");
        Field(details, "soort", SoortText(before.Soort), SoortText(after.Soort), "De soort norm is gewijzigd.");
        Field(details, "bron", Citations(before.Bronnen), Citations(after.Bronnen), "De bron is gewijzigd.");

        if (!SameCondition(before.Toepassing, after.Toepassing))
        {
            // Versions without their own toepassing take the norm's: for a vastgestelde one that changes its meaning.
            var affected = matchedAdopted
                .Where(v => v.Toepassing is null && after.Versies.First(w => w.GeldigVanaf == v.GeldigVanaf).Toepassing is null)
                .ToList();
            details.Add(new ChangeDetail
            {
                Kind = ChangeKind.Gewijzigd,
                Onderdeel = "toepassing",
                Oud = ConditionText(before.Toepassing),
                Nieuw = ConditionText(after.Toepassing),
                Omschrijving = "De toepassing van de norm is gewijzigd.",
                RaaktVastgesteldeVersie = affected.Count > 0,
            });
            if (affected.Count > 0)
            {
                diagnostics.Add(
                    DiagnosticCodes.Changes.NormFieldChangesAdoptedVersion,
                    after.Toepassing?.Location ?? after.IdLocation,
                    "De toepassing",
                    after.Id,
                    string.Join(", ", affected.Select(v => Format(v.GeldigVanaf))),
                    "Laat de toepassing van de norm staan en geef een nieuwe versie haar eigen toepassing.");
            }
        }

        if (before.Oordeelregel != after.Oordeelregel)
        {
            details.Add(new ChangeDetail
            {
                Kind = ChangeKind.Gewijzigd,
                Onderdeel = "oordeelregel",
                Oud = RuleText(before.Oordeelregel),
                Nieuw = RuleText(after.Oordeelregel),
                Omschrijving = "De oordeelregel is gewijzigd.",
                RaaktVastgesteldeVersie = matchedAdopted.Count > 0,
            });
            if (matchedAdopted.Count > 0)
            {
                diagnostics.Add(
                    DiagnosticCodes.Changes.NormFieldChangesAdoptedVersion,
                    after.IdLocation,
                    "De oordeelregel",
                    after.Id,
                    string.Join(", ", matchedAdopted.Select(v => Format(v.GeldigVanaf))),
                    "Maak in een nieuwe versie de criteria kritiek die dat moeten zijn (kritiek: ja).");
            }
        }

        Prose(details, "toelichting", before.Toelichting, after.Toelichting, "De toelichting is gewijzigd.");

        foreach (var date in before.Versies.Select(v => v.GeldigVanaf).Union(after.Versies.Select(v => v.GeldigVanaf)).Order())
        {
            var old = before.Versies.FirstOrDefault(v => v.GeldigVanaf == date);
            var now = after.Versies.FirstOrDefault(v => v.GeldigVanaf == date);
            if (old is null)
            {
                details.Add(VersionAdded(after, now!, ChangeKind.NieuweVersie));
                var predecessor = after.Versies.Where(v => v.GeldigVanaf < date).MaxBy(v => v.GeldigVanaf);
                if (predecessor is null)
                {
                    details.AddRange(CriteriaListed(now!));
                }
                else
                {
                    details.AddRange(ComparedToPredecessor(after, predecessor, now!));
                }
            }
            else if (now is null)
            {
                var adopted = old.Status == VersionStatus.Vastgesteld;
                details.Add(new ChangeDetail
                {
                    Kind = ChangeKind.Vervallen,
                    Onderdeel = "versie",
                    Versie = date,
                    Omschrijving = $"De versie vanaf {Format(date)} ({StatusText(old.Status)}) is verwijderd.",
                    RaaktVastgesteldeVersie = adopted,
                });
                if (adopted)
                {
                    diagnostics.Add(DiagnosticCodes.Changes.AdoptedVersionRemoved, after.IdLocation, Format(date), after.Id, string.Empty);
                }
            }
            else
            {
                details.AddRange(VersionDetails(before, after, old, now, diagnostics));
            }
        }

        details.AddRange(ExampleDetails(before, after));
        return details;
    }

    private static ChangeDetail VersionAdded(Norm norm, NormVersion version, ChangeKind kind)
    {
        var text = new StringBuilder($"{(kind == ChangeKind.Nieuw ? "Versie" : "Nieuwe versie")} vanaf {Format(version.GeldigVanaf)}");
        text.Append(version.End is { } end ? $", geldig tot {Format(end)}" : ", zonder einddatum");
        text.Append($" ({StatusText(version.Status)}).");
        if (!string.IsNullOrWhiteSpace(version.Wijziging))
        {
            text.Append(" Wijziging: ").Append(Normalize(version.Wijziging));
        }

        if (version.Bronnen.Count > 0)
        {
            text.Append(" Eigen bron: ").Append(Citations(version.Bronnen)).Append('.');
        }

        if (version.Toepassing is not null)
        {
            text.Append(" Eigen toepassing: ").Append(ConditionText(version.Toepassing)).Append('.');
        }

        return new ChangeDetail
        {
            Kind = kind,
            Onderdeel = "versie",
            Versie = version.GeldigVanaf,
            Nieuw = Period(version),
            Omschrijving = text.ToString(),
        };
    }

    private static IEnumerable<ChangeDetail> CriteriaListed(NormVersion version) =>
        version.Criteria.Select(c => new ChangeDetail
        {
            Kind = ChangeKind.Nieuw,
            Onderdeel = "criterium",
            Versie = version.GeldigVanaf,
            Naam = c.Id,
            Nieuw = ConditionText(c.Toets),
            Omschrijving = $"Criterium '{c.Id}'{(c.Kritiek ? " (kritiek)" : string.Empty)}: {Normalize(c.Tekst)}",
        });

    /// <summary>A new version described by what differs from the version before it.</summary>
    private static IEnumerable<ChangeDetail> ComparedToPredecessor(Norm norm, NormVersion predecessor, NormVersion version)
    {
        var since = $" (t.o.v. de versie vanaf {Format(predecessor.GeldigVanaf)})";
        var details = new List<ChangeDetail>();
        var oldToepassing = predecessor.Toepassing ?? norm.Toepassing;
        var newToepassing = version.Toepassing ?? norm.Toepassing;
        if (!SameCondition(oldToepassing, newToepassing))
        {
            details.Add(new ChangeDetail
            {
                Kind = ChangeKind.Gewijzigd,
                Onderdeel = "toepassing",
                Versie = version.GeldigVanaf,
                Oud = ConditionText(oldToepassing),
                Nieuw = ConditionText(newToepassing),
                Omschrijving = "Andere toepassing" + since + ".",
            });
        }

        details.AddRange(CriteriaDetails(predecessor, version, adopted: false, since));
        if (details.Count == 0)
        {
            details.Add(new ChangeDetail
            {
                Kind = ChangeKind.Gewijzigd,
                Onderdeel = "criteria",
                Versie = version.GeldigVanaf,
                Omschrijving = "Dezelfde toepassing en criteria als de versie ervoor" + since + ".",
            });
        }

        return details;
    }

    private static List<ChangeDetail> VersionDetails(Norm before, Norm after, NormVersion old, NormVersion now, DiagnosticBag diagnostics)
    {
        var adopted = old.Status == VersionStatus.Vastgesteld;
        var date = old.GeldigVanaf;
        var details = new List<ChangeDetail>();

        if (old.GeldigTot != now.GeldigTot)
        {
            // Ending an open-ended version, or writing down the end it already had, leaves its days as they were.
            var allowed = old.End is null || old.End == now.End;
            details.Add(new ChangeDetail
            {
                Kind = old.End is null && now.End is not null ? ChangeKind.Vervallen : ChangeKind.Gewijzigd,
                Onderdeel = "geldig_tot",
                Versie = date,
                Oud = OptionalDate(old.GeldigTot),
                Nieuw = OptionalDate(now.GeldigTot),
                Omschrijving = old.End is null && now.End is not null
                    ? $"De versie vanaf {Format(date)} eindigt: geldig tot {Format(now.End.Value)}."
                    : $"geldig_tot van de versie vanaf {Format(date)} is gewijzigd.",
                RaaktVastgesteldeVersie = adopted && !allowed,
            });
        }
        else if (old.End != now.End)
        {
            details.Add(new ChangeDetail
            {
                Kind = ChangeKind.Gewijzigd,
                Onderdeel = "einde",
                Versie = date,
                Oud = OptionalDate(old.End),
                Nieuw = OptionalDate(now.End),
                Omschrijving = now.End is { } end
                    ? $"De versie vanaf {Format(date)} geldt nu tot {Format(end)} (was: {(old.End is { } was ? "tot " + Format(was) : "zonder einddatum")}), door de versie die erop volgt."
                    : $"De versie vanaf {Format(date)} geldt nu zonder einddatum (was: tot {OptionalDate(old.End)}).",
            });
        }

        if (old.Status != now.Status)
        {
            details.Add(new ChangeDetail
            {
                Kind = ChangeKind.Gewijzigd,
                Onderdeel = "status",
                Versie = date,
                Oud = StatusText(old.Status),
                Nieuw = StatusText(now.Status),
                Omschrijving = now.Status == VersionStatus.Vastgesteld
                    ? $"De versie vanaf {Format(date)} is vastgesteld."
                    : $"De versie vanaf {Format(date)} is teruggezet naar concept.",
                RaaktVastgesteldeVersie = adopted,
            });
        }

        if (Citations(old.Bronnen) != Citations(now.Bronnen))
        {
            // Which article a version cites does not change what it requires: a correction is allowed.
            details.Add(new ChangeDetail
            {
                Kind = ChangeKind.Gewijzigd,
                Onderdeel = "bron",
                Versie = date,
                Oud = old.Bronnen.Count == 0 ? "(die van de norm)" : Citations(old.Bronnen),
                Nieuw = now.Bronnen.Count == 0 ? "(die van de norm)" : Citations(now.Bronnen),
                Omschrijving = $"De bron van de versie vanaf {Format(date)} is gewijzigd.",
            });
        }

        if (Normalize(old.Wijziging) != Normalize(now.Wijziging))
        {
            details.Add(new ChangeDetail
            {
                Kind = ChangeKind.Gewijzigd,
                Onderdeel = "wijziging",
                Versie = date,
                Oud = NullIfEmpty(Normalize(old.Wijziging)),
                Nieuw = NullIfEmpty(Normalize(now.Wijziging)),
                Omschrijving = $"De beschrijving van de wijziging in de versie vanaf {Format(date)} is aangepast.",
            });
        }

        if (!SameCondition(old.Toepassing, now.Toepassing))
        {
            var effectiveSame = SameCondition(old.Toepassing ?? before.Toepassing, now.Toepassing ?? after.Toepassing);
            details.Add(new ChangeDetail
            {
                Kind = ChangeKind.Gewijzigd,
                Onderdeel = "toepassing",
                Versie = date,
                Oud = ConditionText(old.Toepassing ?? before.Toepassing),
                Nieuw = ConditionText(now.Toepassing ?? after.Toepassing),
                Omschrijving = effectiveSame
                    ? $"De versie vanaf {Format(date)} schrijft de toepassing nu zelf uit; de betekenis is dezelfde."
                    : $"De toepassing van de versie vanaf {Format(date)} is gewijzigd.",
                RaaktVastgesteldeVersie = adopted && !effectiveSame,
            });
        }

        details.AddRange(CriteriaDetails(old, now, adopted, string.Empty));

        foreach (var detail in details.Where(d => d.RaaktVastgesteldeVersie))
        {
            var criterion = detail.Naam is { } name ? now.Criteria.FirstOrDefault(c => c.Id == name) : null;
            var location = detail.Onderdeel switch
            {
                "toets" when criterion is not null => criterion.Toets.Location,
                "toepassing" when now.Toepassing is not null => now.Toepassing.Location,
                _ => criterion?.Location ?? now.Location,
            };
            diagnostics.Add(DiagnosticCodes.Changes.AdoptedVersionEdited, location, Format(date), after.Id, Lowercase(detail.Omschrijving.TrimEnd('.')));
        }

        return details;
    }

    private static List<ChangeDetail> CriteriaDetails(NormVersion old, NormVersion now, bool adopted, string since)
    {
        var details = new List<ChangeDetail>();
        var date = now.GeldigVanaf;
        foreach (var criterion in now.Criteria)
        {
            var previous = old.Criteria.FirstOrDefault(c => c.Id == criterion.Id);
            if (previous is null)
            {
                details.Add(new ChangeDetail
                {
                    Kind = ChangeKind.Nieuw,
                    Onderdeel = "criterium",
                    Versie = date,
                    Naam = criterion.Id,
                    Nieuw = ConditionText(criterion.Toets),
                    Omschrijving = $"Nieuw criterium '{criterion.Id}'{(criterion.Kritiek ? " (kritiek)" : string.Empty)}{since}: {Normalize(criterion.Tekst)}",
                    RaaktVastgesteldeVersie = adopted,
                });
                continue;
            }

            if (!SameCondition(previous.Toets, criterion.Toets))
            {
                details.Add(new ChangeDetail
                {
                    Kind = ChangeKind.Gewijzigd,
                    Onderdeel = "toets",
                    Versie = date,
                    Naam = criterion.Id,
                    Context = Normalize(criterion.Tekst),
                    Oud = ConditionText(previous.Toets),
                    Nieuw = ConditionText(criterion.Toets),
                    Omschrijving = $"De toets van criterium '{criterion.Id}' is gewijzigd{since}.",
                    RaaktVastgesteldeVersie = adopted,
                });
            }

            if (Normalize(previous.Tekst) != Normalize(criterion.Tekst))
            {
                details.Add(new ChangeDetail
                {
                    Kind = ChangeKind.Gewijzigd,
                    Onderdeel = "tekst",
                    Versie = date,
                    Naam = criterion.Id,
                    Oud = Normalize(previous.Tekst),
                    Nieuw = Normalize(criterion.Tekst),
                    Omschrijving = $"De tekst van criterium '{criterion.Id}' is gewijzigd{since}.",
                    RaaktVastgesteldeVersie = adopted,
                });
            }

            if (previous.Kritiek != criterion.Kritiek)
            {
                details.Add(new ChangeDetail
                {
                    Kind = ChangeKind.Gewijzigd,
                    Onderdeel = "kritiek",
                    Versie = date,
                    Naam = criterion.Id,
                    Context = Normalize(criterion.Tekst),
                    Oud = previous.Kritiek ? "ja" : "nee",
                    Nieuw = criterion.Kritiek ? "ja" : "nee",
                    Omschrijving = criterion.Kritiek
                        ? $"Criterium '{criterion.Id}' is nu kritiek{since}."
                        : $"Criterium '{criterion.Id}' is niet meer kritiek{since}.",
                    RaaktVastgesteldeVersie = adopted,
                });
            }

            if (Normalize(previous.Toelichting) != Normalize(criterion.Toelichting))
            {
                details.Add(new ChangeDetail
                {
                    Kind = ChangeKind.Gewijzigd,
                    Onderdeel = "toelichting",
                    Versie = date,
                    Naam = criterion.Id,
                    Context = Normalize(criterion.Tekst),
                    Oud = NullIfEmpty(Normalize(previous.Toelichting)),
                    Nieuw = NullIfEmpty(Normalize(criterion.Toelichting)),
                    Omschrijving = $"De toelichting bij criterium '{criterion.Id}' is gewijzigd{since}.",
                    RaaktVastgesteldeVersie = adopted,
                });
            }
        }

        foreach (var removed in old.Criteria.Where(c => now.Criteria.All(n => n.Id != c.Id)))
        {
            details.Add(new ChangeDetail
            {
                Kind = ChangeKind.Vervallen,
                Onderdeel = "criterium",
                Versie = date,
                Naam = removed.Id,
                Oud = ConditionText(removed.Toets),
                Omschrijving = $"Criterium '{removed.Id}' vervalt{since}: {Normalize(removed.Tekst)}",
                RaaktVastgesteldeVersie = adopted,
            });
        }

        return details;
    }

    private static IEnumerable<ChangeDetail> ExampleDetails(Norm before, Norm after)
    {
        foreach (var example in after.Voorbeelden)
        {
            var previous = before.Voorbeelden.FirstOrDefault(e => e.Naam == example.Naam);
            if (previous is null)
            {
                yield return new ChangeDetail
                {
                    Kind = ChangeKind.Nieuw,
                    Onderdeel = "voorbeeld",
                    Naam = example.Naam,
                    Nieuw = ExampleText(example),
                    Omschrijving = $"Nieuw voorbeeld '{example.Naam}': {ExampleText(example)}.",
                };
            }
            else if (ExampleText(previous) != ExampleText(example))
            {
                yield return new ChangeDetail
                {
                    Kind = ChangeKind.Gewijzigd,
                    Onderdeel = "voorbeeld",
                    Naam = example.Naam,
                    Oud = ExampleText(previous),
                    Nieuw = ExampleText(example),
                    Omschrijving = $"Voorbeeld '{example.Naam}' is gewijzigd.",
                };
            }
        }

        foreach (var removed in before.Voorbeelden.Where(e => after.Voorbeelden.All(n => n.Naam != e.Naam)))
        {
            yield return new ChangeDetail
            {
                Kind = ChangeKind.Vervallen,
                Onderdeel = "voorbeeld",
                Naam = removed.Naam,
                Oud = ExampleText(removed),
                Omschrijving = $"Voorbeeld '{removed.Naam}' is verwijderd.",
            };
        }
    }

    private static string ExampleText(Example example)
    {
        var text = new StringBuilder();
        text.Append("peildatum ").Append(example.Peildatum is { } p ? Format(p) : "?");
        text.Append(", feiten ").Append(example.Feiten is null ? "{}" : NodeText(example.Feiten));
        if (example.Oordelen is not null)
        {
            text.Append(", oordelen ").Append(NodeText(example.Oordelen));
        }

        text.Append(" → verwacht ").Append(example.Verwacht?.Label() ?? "?");
        if (example.Ontbrekend is { } missing)
        {
            text.Append(", ontbrekend [").Append(string.Join(", ", missing)).Append(']');
        }

        return text.ToString();
    }

    private static string NodeText(YNode node) => node switch
    {
        YMapping mapping => "{ " + string.Join(", ", mapping.Entries.Select(e => $"{e.Key.Value}: {NodeText(e.Value)}")) + " }",
        YSequence sequence => "[" + string.Join(", ", sequence.Items.Select(NodeText)) + "]",
        YScalar scalar => scalar.Value,
        _ => string.Empty,
    };

    // ---- Begrippen ------------------------------------------------------------------------------------------------

    private static IEnumerable<Change> CompareFacts(NormModel old, NormModel @new)
    {
        foreach (var name in old.FactsByName.Keys.Union(@new.FactsByName.Keys).Order(StringComparer.Ordinal))
        {
            old.FactsByName.TryGetValue(name, out var before);
            @new.FactsByName.TryGetValue(name, out var after);
            if (before is null)
            {
                yield return FactChange(after!, ChangeKind.Nieuw, UsedIn(@new, name), [new ChangeDetail { Kind = ChangeKind.Nieuw, Onderdeel = "begrip", Nieuw = FactText(after!), Omschrijving = $"Nieuw begrip: {FactText(after!).TrimEnd('.')}." }]);
            }
            else if (after is null)
            {
                yield return FactChange(before, ChangeKind.Vervallen, UsedIn(old, name), [new ChangeDetail { Kind = ChangeKind.Vervallen, Onderdeel = "begrip", Oud = FactText(before), Omschrijving = $"Het begrip '{name}' is verwijderd." }]);
            }
            else
            {
                var details = FactDetails(before, after, null);
                if (details.Count > 0)
                {
                    yield return FactChange(after, ChangeKind.Gewijzigd, UsedIn(@new, name), details);
                }
            }
        }
    }

    private static Change FactChange(FactDefinition fact, ChangeKind kind, IReadOnlyList<string> usedIn, IReadOnlyList<ChangeDetail> details) => new()
    {
        Subject = ChangeSubject.Begrip,
        Id = fact.Name,
        Kind = kind,
        Titel = Normalize(fact.Omschrijving),
        GebruiktIn = usedIn,
        Details = details,
        Location = fact.Location,
    };

    private static List<ChangeDetail> FactDetails(FactDefinition before, FactDefinition after, string? field)
    {
        var details = new List<ChangeDetail>();
        var what = field is null ? string.Empty : $" van veld '{field}'";
        Field(details, "type", FactDefinition.KindName(before.Kind), FactDefinition.KindName(after.Kind), $"Het type{what} is gewijzigd.", field);
        Field(details, "omschrijving", Normalize(before.Omschrijving), Normalize(after.Omschrijving), $"De omschrijving{what} is gewijzigd.", field);
        Field(details, "eenheid", before.Eenheid ?? "(geen)", after.Eenheid ?? "(geen)", $"De eenheid{what} is gewijzigd.", field);
        Field(details, "waarden", string.Join(", ", before.Choices), string.Join(", ", after.Choices), $"De waarden{what} zijn gewijzigd.", field);
        foreach (var child in after.Fields)
        {
            if (before.FindField(child.Name) is { } previous)
            {
                details.AddRange(FactDetails(previous, child, child.Name));
            }
            else
            {
                details.Add(new ChangeDetail { Kind = ChangeKind.Nieuw, Onderdeel = "veld", Naam = child.Name, Nieuw = FactText(child), Omschrijving = $"Nieuw veld '{child.Name}': {FactText(child).TrimEnd('.')}." });
            }
        }

        foreach (var removed in before.Fields.Where(f => after.FindField(f.Name) is null))
        {
            details.Add(new ChangeDetail { Kind = ChangeKind.Vervallen, Onderdeel = "veld", Naam = removed.Name, Oud = FactText(removed), Omschrijving = $"Het veld '{removed.Name}' is verwijderd." });
        }

        return details;
    }

    private static string FactText(FactDefinition fact)
    {
        var text = new StringBuilder($"{fact.Name} ({FactDefinition.KindName(fact.Kind)}");
        if (fact.Eenheid is not null)
        {
            text.Append(", in ").Append(fact.Eenheid);
        }

        if (fact.Choices.Count > 0)
        {
            text.Append(": ").Append(string.Join(", ", fact.Choices));
        }

        if (fact.Fields.Count > 0)
        {
            text.Append(", velden: ").Append(string.Join(", ", fact.Fields.Select(f => f.Name)));
        }

        return text.Append(") — ").Append(Normalize(fact.Omschrijving)).ToString();
    }

    /// <summary>The norms whose toepassing or toetsen (in any version) read the begrip.</summary>
    private static List<string> UsedIn(NormModel model, string name) =>
        model.Norms
            .Where(n => n.Conditions.Any(c => c.Facts.Any(f => f.Name == name)))
            .Select(n => n.Id)
            .ToList();

    // ---- Kaders ---------------------------------------------------------------------------------------------------

    private static IEnumerable<Change> CompareKaders(NormModel old, NormModel @new)
    {
        foreach (var id in old.KadersById.Keys.Union(@new.KadersById.Keys).Order(StringComparer.Ordinal))
        {
            old.KadersById.TryGetValue(id, out var before);
            @new.KadersById.TryGetValue(id, out var after);
            if (before is null)
            {
                yield return KaderChange(after!, ChangeKind.Nieuw, after!.Themas.Select(t => new ChangeDetail
                {
                    Kind = ChangeKind.Nieuw,
                    Onderdeel = "thema",
                    Naam = t.Id,
                    Nieuw = string.Join(", ", t.Normen.Select(n => n.Id)),
                    Omschrijving = $"Thema '{t.Titel}' met {t.Normen.Count} {(t.Normen.Count == 1 ? "norm" : "normen")}.",
                }).ToList());
            }
            else if (after is null)
            {
                yield return KaderChange(before, ChangeKind.Vervallen, [new ChangeDetail { Kind = ChangeKind.Vervallen, Onderdeel = "kader", Omschrijving = $"Het kader '{id}' is verwijderd." }]);
            }
            else
            {
                var details = KaderDetails(before, after);
                if (details.Count > 0)
                {
                    yield return KaderChange(after, ChangeKind.Gewijzigd, details);
                }
            }
        }
    }

    private static Change KaderChange(Kader kader, ChangeKind kind, IReadOnlyList<ChangeDetail> details) => new()
    {
        Subject = ChangeSubject.Kader,
        Id = kader.Id,
        Kind = kind,
        Titel = kader.Versie is null ? kader.Titel : $"{kader.Titel} (versie {kader.Versie})",
        Details = details,
        Location = kader.IdLocation,
    };

    private static List<ChangeDetail> KaderDetails(Kader before, Kader after)
    {
        var details = new List<ChangeDetail>();
        Field(details, "titel", before.Titel, after.Titel, "De titel is gewijzigd.");
        Field(details, "versie", before.Versie ?? "(geen)", after.Versie ?? "(geen)", "De versie van het kader is gewijzigd.");
        Field(details, "geldig_vanaf", OptionalDate(before.GeldigVanaf), OptionalDate(after.GeldigVanaf), "geldig_vanaf van het kader is gewijzigd.");
        Field(details, "status", StatusText(before.Status), StatusText(after.Status), "De status van het kader is gewijzigd.");
        Field(details, "doelgroep", before.Doelgroep ?? "(geen)", after.Doelgroep ?? "(geen)", "De doelgroep is gewijzigd.");
        Prose(details, "inleiding", before.Inleiding, after.Inleiding, "De inleiding is gewijzigd.");
        foreach (var thema in after.Themas)
        {
            var previous = before.Themas.FirstOrDefault(t => t.Id == thema.Id);
            if (previous is null)
            {
                details.Add(new ChangeDetail
                {
                    Kind = ChangeKind.Nieuw,
                    Onderdeel = "thema",
                    Naam = thema.Id,
                    Nieuw = string.Join(", ", thema.Normen.Select(n => n.Id)),
                    Omschrijving = $"Nieuw thema '{thema.Titel}' met {thema.Normen.Count} {(thema.Normen.Count == 1 ? "norm" : "normen")}.",
                });
                continue;
            }

            Field(details, "thema", previous.Titel, thema.Titel, $"De titel van thema '{thema.Id}' is gewijzigd.", thema.Id);
            foreach (var added in thema.Normen.Select(n => n.Id).Except(previous.Normen.Select(n => n.Id), StringComparer.Ordinal))
            {
                details.Add(new ChangeDetail { Kind = ChangeKind.Nieuw, Onderdeel = "norm in thema", Naam = thema.Id, Nieuw = added, Omschrijving = $"Norm '{added}' staat nu in thema '{thema.Titel}'." });
            }

            foreach (var removed in previous.Normen.Select(n => n.Id).Except(thema.Normen.Select(n => n.Id), StringComparer.Ordinal))
            {
                details.Add(new ChangeDetail { Kind = ChangeKind.Vervallen, Onderdeel = "norm in thema", Naam = thema.Id, Oud = removed, Omschrijving = $"Norm '{removed}' staat niet meer in thema '{thema.Titel}'." });
            }
        }

        foreach (var removed in before.Themas.Where(t => after.Themas.All(n => n.Id != t.Id)))
        {
            details.Add(new ChangeDetail { Kind = ChangeKind.Vervallen, Onderdeel = "thema", Naam = removed.Id, Oud = string.Join(", ", removed.Normen.Select(n => n.Id)), Omschrijving = $"Thema '{removed.Titel}' is verwijderd." });
        }

        return details;
    }

    // ---- Helpers --------------------------------------------------------------------------------------------------

    private static void Field(List<ChangeDetail> details, string onderdeel, string before, string after, string omschrijving, string? naam = null)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            details.Add(new ChangeDetail { Kind = ChangeKind.Gewijzigd, Onderdeel = onderdeel, Naam = naam, Oud = before, Nieuw = after, Omschrijving = omschrijving });
        }
    }

    private static void Prose(List<ChangeDetail> details, string onderdeel, string? before, string? after, string omschrijving)
    {
        if (Normalize(before) != Normalize(after))
        {
            details.Add(new ChangeDetail { Kind = ChangeKind.Gewijzigd, Onderdeel = onderdeel, Oud = before?.Trim(), Nieuw = after?.Trim(), Omschrijving = omschrijving });
        }
    }

    /// <summary>Two toetsen or toepassingen mean the same: equivalent trees (layout and case do not count).</summary>
    internal static bool SameCondition(Condition? a, Condition? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return a.Syntax is { } x && b.Syntax is { } y
            ? ExprEquivalence.AreEquivalent(x, y)
            : Normalize(a.Text) == Normalize(b.Text);
    }

    /// <summary>A toets as a reviewer reads it: in canonical form when it parses, else as written.</summary>
    internal static string ConditionText(Condition? condition) =>
        condition is null ? "(geen)"
        : condition.Syntax is { } syntax && ToetsFormatter.CanFormat(syntax) ? ToetsFormatter.Format(syntax)
        : Normalize(condition.Text);

    private static string Citations(IReadOnlyList<Source> sources) => string.Join("; ", sources.Select(s => s.Citation));

    private static string Period(NormVersion version) =>
        version.End is { } end ? $"{Format(version.GeldigVanaf)} tot {Format(end)}" : $"vanaf {Format(version.GeldigVanaf)}";

    private static string StatusText(VersionStatus status) => status == VersionStatus.Vastgesteld ? "vastgesteld" : "concept";

    private static string SoortText(NormSoort soort) => soort == NormSoort.Wettelijk ? "wettelijk" : "veldnorm";

    private static string RuleText(VerdictRule rule) => rule == VerdictRule.Streng ? "streng" : "standaard";

    private static string OptionalDate(DateOnly? date) => date is { } d ? Format(d) : "(geen)";

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Normalize(string? text) =>
        text is null ? string.Empty : string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string Lowercase(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
