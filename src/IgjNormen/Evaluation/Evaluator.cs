using System.Globalization;
using IgjNormen.Diagnostics;
using IgjNormen.Findings;
using IgjNormen.Model;
using IgjNormen.Results;
using IgjNormen.Text;

namespace IgjNormen.Evaluation;

/// <summary>
/// Evaluates bevindingen against a checked <see cref="NormModel"/>. Stateless and thread-safe: one evaluator can
/// serve many threads. No wall clock: the peildatum comes from the options or the bevindingen.
/// </summary>
public sealed class Evaluator
{
    public Evaluator(NormModel model) => Model = model;

    public NormModel Model { get; }

    public EvaluationResult Evaluate(Bevindingen bevindingen, EvaluationOptions? options = null)
    {
        options ??= EvaluationOptions.Default;
        var diagnostics = new DiagnosticBag();
        var location = bevindingen.File is null ? SourceLocation.None : new SourceLocation(bevindingen.File, default);
        var kaderId = options.KaderId ?? bevindingen.KaderId;
        Kader? kader = null;
        if (kaderId is not null && !Model.KadersById.TryGetValue(kaderId, out kader))
        {
            diagnostics.Add(DiagnosticCodes.Bevindingen.UnknownKader, location, kaderId, Suggestions.Hint(kaderId, Model.KadersById.Keys));
        }

        var peildatum = options.Peildatum ?? bevindingen.Peildatum ?? bevindingen.Bezoekdatum;
        if (peildatum is null)
        {
            diagnostics.Add(DiagnosticCodes.Bevindingen.NoReferenceDate, location);
        }

        var result = new EvaluationResult
        {
            Aanbieder = bevindingen.Aanbieder.Naam,
            Kvk = bevindingen.Aanbieder.Kvk,
            Bestand = bevindingen.File?.Path,
            Bezoekdatum = bevindingen.Bezoekdatum,
            Peildatum = peildatum ?? default,
            KaderId = kader?.Id ?? kaderId,
            KaderTitel = kader?.Titel,
            KaderVersie = kader?.Versie,
            Telling = new Telling(),
            Diagnostics = diagnostics.Items,
        };
        if (diagnostics.HasErrors)
        {
            return result;
        }

        var run = new Run(this, bevindingen, peildatum!.Value, options.Explain);
        if (kader is null)
        {
            var all = Model.Norms.Select(run.Result).ToList();
            return result with { Normen = all, Telling = Telling.Of(all), Tekortkomingen = Shortfalls(all) };
        }

        var themas = new List<ThemaResult>();
        var normen = new List<NormResult>();
        foreach (var thema in kader.Themas)
        {
            var results = thema.Normen.Where(r => r.Norm is not null).Select(r => run.Result(r.Norm!)).ToList();
            normen.AddRange(results);
            themas.Add(new ThemaResult { Id = thema.Id, Titel = thema.Titel, Normen = results, Telling = Telling.Of(results), Tekortkomingen = Shortfalls(results) });
        }

        return result with { Themas = themas, Normen = normen, Telling = Telling.Of(normen), Tekortkomingen = Shortfalls(normen) };
    }

    /// <summary>Evaluates one norm on given facts (used for voorbeelden).</summary>
    public NormResult EvaluateNorm(Norm norm, Bevindingen bevindingen, DateOnly peildatum) =>
        new Run(this, bevindingen, peildatum, explain: true).Result(norm);

    /// <summary>
/// Norms that fall short: wettelijke eisen first, then those with a failed kritiek criterion (unless the inspector
/// overrode the verdict), then by severity of the final oordeel, then by id.
/// </summary>
    private static List<string> Shortfalls(IEnumerable<NormResult> results) =>
        results.Where(r => r.Oordeel.FallsShort())
            .OrderBy(r => r.Soort)
            .ThenByDescending(r => r.KritiekNietVoldaan && r.Motivering is null)
            .ThenByDescending(r => r.Oordeel)
            .ThenBy(r => r.NormId, StringComparer.Ordinal)
            .Select(r => r.NormId)
            .ToList();

    /// <summary>One evaluation: the facts, the date, and the verdicts computed so far (for oordeel()).</summary>
    private sealed class Run
    {
        private readonly Evaluator _owner;
        private readonly Bevindingen _bevindingen;
        private readonly DateOnly _peildatum;
        private readonly bool _explain;
        private readonly NormResult?[] _results;
        private readonly bool[] _inProgress;
        private readonly EvaluationContext _context;

        public Run(Evaluator owner, Bevindingen bevindingen, DateOnly peildatum, bool explain)
            : this(owner, bevindingen, peildatum, explain, new NormResult?[owner.Model.Norms.Count], new bool[owner.Model.Norms.Count])
        {
        }

        private Run(Evaluator owner, Bevindingen bevindingen, DateOnly peildatum, bool explain, NormResult?[] results, bool[] inProgress)
        {
            _owner = owner;
            _bevindingen = bevindingen;
            _peildatum = peildatum;
            _explain = explain;
            _results = results;
            _inProgress = inProgress;
            _context = new EvaluationContext(bevindingen.Facts, peildatum, FinalVerdict, explain ? new ExplanationRecorder() : null);
        }

        /// <summary>
        /// oordeel(norm) during another norm's toets: a norm not yet judged is judged by a nested run with its own
        /// context, so the outer criterion's locals and explanation are left alone; results are shared.
        /// </summary>
        private Oordeel FinalVerdict(int normIndex)
        {
            var norm = _owner.Model.Norms[normIndex];
            return _results[normIndex]?.Oordeel
                ?? new Run(_owner, _bevindingen, _peildatum, _explain, _results, _inProgress).Result(norm).Oordeel;
        }

        public NormResult Result(Norm norm)
        {
            if (_results[norm.Index] is { } done)
            {
                return done;
            }

            if (_inProgress[norm.Index])
            {
                // Cycles are rejected when the model is checked; this guards models built without the checker.
                return new NormResult { NormId = norm.Id, Titel = norm.Titel, Reden = "Kringverwijzing via oordeel().", Oordeel = Oordeel.NietTeBeoordelen, BerekendOordeel = Oordeel.NietTeBeoordelen };
            }

            _inProgress[norm.Index] = true;

            var computed = Compute(norm);
            var afwijking = _bevindingen.Afwijkingen.FirstOrDefault(a => a.NormId == norm.Id);
            var result = afwijking is null ? computed : computed with { Oordeel = afwijking.Oordeel, Motivering = afwijking.Motivering };
            _inProgress[norm.Index] = false;
            _results[norm.Index] = result;
            return result;
        }

        private NormResult Compute(Norm norm)
        {
            var header = new NormResult
            {
                NormId = norm.Id,
                Titel = norm.Titel,
                Soort = norm.Soort,
                Bronnen = norm.Bronnen.Select(b => b.Citation).ToList(),
                Reden = string.Empty,
            };
            var version = norm.VersionOn(_peildatum);
            if (version is null)
            {
                return header with
                {
                    BerekendOordeel = Oordeel.NietVanKracht,
                    Oordeel = Oordeel.NietVanKracht,
                    Reden = $"Op {Format(_peildatum)} geldt geen versie van deze norm.",
                };
            }

            header = header with { Versie = version.GeldigVanaf, Bronnen = norm.SourcesOf(version).Select(b => b.Citation).ToList() };
            var toepassing = version.Toepassing ?? norm.Toepassing;
            if (toepassing?.Bound is { } applicability)
            {
                var (value, missing, _, reason) = Execute(applicability);
                if (value.IsFalse)
                {
                    return header with
                    {
                        BerekendOordeel = Oordeel.NietVanToepassing,
                        Oordeel = Oordeel.NietVanToepassing,
                        Reden = $"Niet van toepassing: '{toepassing.Text.Trim()}' is nee.",
                    };
                }

                if (value.IsUnknown)
                {
                    return header with
                    {
                        BerekendOordeel = Oordeel.NietTeBeoordelen,
                        Oordeel = Oordeel.NietTeBeoordelen,
                        Ontbrekend = missing,
                        Reden = reason is null
                            ? $"Onbekend of de norm van toepassing is ('{toepassing.Text.Trim()}'); ontbrekend: {JoinOrDash(missing)}."
                            : $"Onbekend of de norm van toepassing is: {reason}.",
                    };
                }
            }

            return Judge(norm, version, header);
        }

        private NormResult Judge(Norm norm, NormVersion version, NormResult header)
        {
            int met = 0, notMet = 0, unknown = 0;
            var kritiekFailed = false;
            var kritiekUnknown = false;
            var criteria = new List<CriterionResult>(version.Criteria.Count);
            var missingAll = new List<string>();
            var reasons = new List<string>();
            var failedNames = new List<string>();
            var failedKritiek = new List<string>();
            foreach (var criterion in version.Criteria)
            {
                var kritiek = criterion.Kritiek || norm.Oordeelregel == VerdictRule.Streng;
                var (value, missing, witnesses, reason) = Execute(criterion.Toets.Bound!);
                var outcome = value.IsUnknown ? CriterionOutcome.Onbekend : value.AsBoolean ? CriterionOutcome.Voldaan : CriterionOutcome.NietVoldaan;
                switch (outcome)
                {
                    case CriterionOutcome.Voldaan:
                        met++;
                        break;
                    case CriterionOutcome.NietVoldaan:
                        notMet++;
                        failedNames.Add(criterion.Id);
                        if (kritiek)
                        {
                            kritiekFailed = true;
                            failedKritiek.Add(criterion.Id);
                        }

                        break;
                    default:
                        unknown++;
                        kritiekUnknown |= kritiek;
                        if (reason is not null && !reasons.Contains(reason))
                        {
                            reasons.Add(reason);
                        }

                        foreach (var m in missing.Where(m => !missingAll.Contains(m)))
                        {
                            missingAll.Add(m);
                        }

                        break;
                }

                if (_explain)
                {
                    criteria.Add(new CriterionResult
                    {
                        Id = criterion.Id,
                        Tekst = criterion.Tekst,
                        Kritiek = kritiek,
                        Uitkomst = outcome,
                        Waarden = criterion.Toets.Facts.Select(f => new FactValue(f.Name, Describe(_bevindingen.Facts[f.Index]))).ToList(),
                        Doorslaggevend = outcome == CriterionOutcome.Onbekend ? [] : witnesses,
                        Ontbrekend = outcome == CriterionOutcome.Onbekend ? missing : [],
                        Reden = outcome == CriterionOutcome.Onbekend ? reason : null,
                    });
                }
            }

            var oordeel = VerdictRules.Decide(met, notMet, unknown, kritiekFailed, kritiekUnknown);
            var total = met + notMet + unknown;
            var reden = oordeel switch
            {
                Oordeel.Voldoet => total switch { 1 => "Het criterium is voldaan.", 2 => "Beide criteria zijn voldaan.", _ => $"Alle {total} criteria zijn voldaan." },
                Oordeel.NietTeBeoordelen => $"Niet te beoordelen: {unknown} van {total} criteria onbekend; {Unknowns(missingAll, reasons)}.",
                _ when kritiekFailed => $"Kritiek criterium niet voldaan: {string.Join(", ", failedKritiek)}.",
                _ => $"{met} van {total} criteria voldaan; niet voldaan: {string.Join(", ", failedNames)}.",
            };
            return header with
            {
                BerekendOordeel = oordeel,
                Oordeel = oordeel,
                Reden = reden,
                KritiekNietVoldaan = kritiekFailed,
                Ontbrekend = oordeel == Oordeel.NietTeBeoordelen ? missingAll : [],
                Criteria = criteria,
            };
        }

        private (Value Value, IReadOnlyList<string> Missing, IReadOnlyList<string> Witnesses, string? Reason) Execute(Binding.BoundExpr expr)
        {
            var recorder = _context.Recorder;
            if (recorder is null)
            {
                return (expr.Evaluate(_context), [], [], null);
            }

            recorder.Clear();
            var value = expr.Evaluate(_context);
            var missing = recorder.Missing.ToList();
            var witnesses = recorder.Witnesses.Select(w => DescribeElement(w.List, w.Position)).ToList();
            return (value, missing, witnesses, recorder.Reason);
        }

        private string DescribeElement(FactDefinition list, int position)
        {
            var element = _bevindingen.Facts[list.Index].AsList[position];
            var fields = list.Fields.Select(f => $"{f.Name} = {element[f.Index]}");
            return $"{list.Name}[{position + 1}]: {string.Join(", ", fields)}";
        }
    }

    private static string Describe(Value value) => value.ToString();

    /// <summary>Why criteria are unknown: the missing facts, and reasons such as a division by zero.</summary>
    private static string Unknowns(IReadOnlyList<string> missing, IReadOnlyList<string> reasons)
    {
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add("ontbrekend: " + string.Join(", ", missing));
        }

        if (reasons.Count > 0)
        {
            parts.Add("niet te berekenen: " + string.Join(", ", reasons));
        }

        return parts.Count == 0 ? "ontbrekend: -" : string.Join("; ", parts);
    }

    private static string JoinOrDash(IReadOnlyList<string> items) => items.Count == 0 ? "-" : string.Join(", ", items);

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
