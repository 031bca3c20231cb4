using System.Text;
using IgjNormen.Changes;
using IgjNormen.Diagnostics;
using IgjNormen.Model;

namespace IgjNormen.Cli.Output;

/// <summary>
/// The wijzigingsoverzicht of <c>igjnormen diff</c> as text (for the console) and as Markdown (for a pull-request
/// comment): per norm the law and article it rests on, each change in a sentence, toetsen old and new, and the
/// oordelen of earlier visits that flip.
/// </summary>
internal static class ChangeReport
{
    /// <summary>A hidden marker that CI uses to find and update its earlier comment.</summary>
    public const string MarkdownMarker = "<!-- igjnormen-wijzigingsoverzicht -->";

    private static readonly (ChangeSubject Subject, string Plural)[] Subjects =
        [(ChangeSubject.Norm, "normen"), (ChangeSubject.Begrip, "begrippen"), (ChangeSubject.Kader, "kaders")];

    public static string Summary(ChangeSet changes)
    {
        var parts = new List<string>();
        foreach (var (subject, plural) in Subjects)
        {
            var counts = Enum.GetValues<ChangeKind>()
                .Select(k => (Kind: k, Count: changes.Count(subject, k)))
                .Where(c => c.Count > 0)
                .Select(c => $"{c.Count} {ChangeJson.KindLabel(c.Kind)}")
                .ToList();
            if (counts.Count > 0)
            {
                parts.Add($"{plural}: {string.Join(", ", counts)}");
            }
        }

        return parts.Count == 0 ? "geen inhoudelijke wijzigingen" : string.Join("; ", parts);
    }

    // ---- Text -----------------------------------------------------------------------------------------------------

    public static string Text(ChangeSet changes, ImpactReport? impact)
    {
        var text = new StringBuilder();
        text.Append($"Wijzigingen in de normen: {changes.Basis} → {changes.Nieuw}\n");
        text.Append(Capitalize(Summary(changes))).Append(".\n");
        var diagnostics = changes.Diagnostics.Concat(impact?.Diagnostics ?? []).ToList();
        if (diagnostics.Count > 0)
        {
            text.Append('\n');
            foreach (var diagnostic in diagnostics)
            {
                text.Append(diagnostic).Append('\n');
            }
        }

        foreach (var change in changes.Changes)
        {
            text.Append('\n');
            text.Append($"[{ChangeJson.KindLabel(change.Kind)}] {ChangeJson.SubjectLabel(change.Subject)} {change.Id}: {change.Titel}");
            if (change.Bronnen.Count > 0)
            {
                text.Append($" ({string.Join("; ", change.Bronnen)})");
            }

            text.Append('\n');
            if (change.GebruiktIn.Count > 0)
            {
                text.Append($"  gebruikt in: {string.Join(", ", change.GebruiktIn)}\n");
            }

            foreach (var (header, items) in Groups(change))
            {
                var indent = "  ";
                if (header is not null)
                {
                    WriteTextDetail(text, header, indent);
                    indent = "    ";
                }

                foreach (var detail in items)
                {
                    WriteTextDetail(text, detail, indent);
                }
            }
        }

        if (impact is not null)
        {
            text.Append('\n');
            text.Append($"Gevolgen voor eerdere bezoeken: {impact.Bestanden} {(impact.Bestanden == 1 ? "bevindingenbestand" : "bevindingenbestanden")} opnieuw beoordeeld ({impact.Oordelen} oordelen), {FlipCount(impact)}.\n");
            foreach (var flip in impact.Omslagen)
            {
                text.Append($"  {flip.Aanbieder} ({flip.Bestand}, peildatum {flip.Peildatum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}) · {flip.NormId}: {VerdictText(flip.Oud)} → {VerdictText(flip.Nieuw)}\n");
                foreach (var cause in flip.Oorzaken)
                {
                    text.Append($"      {cause}\n");
                }
            }
        }

        return text.ToString();
    }

    private static void WriteTextDetail(StringBuilder text, ChangeDetail detail, string indent)
    {
        var marker = detail.Kind switch { ChangeKind.Nieuw or ChangeKind.NieuweVersie => '+', ChangeKind.Vervallen => '-', _ => '~' };
        text.Append($"{indent}{marker} {(detail.RaaktVastgesteldeVersie ? "NIET TOEGESTAAN: " : string.Empty)}{detail.Omschrijving}\n");
        if (detail.Context is not null)
        {
            text.Append($"{indent}    criterium: {Flat(detail.Context)}\n");
        }

        if (!ShowValues(detail))
        {
            return;
        }

        if (detail.Oud is not null)
        {
            text.Append($"{indent}    was:   {Flat(detail.Oud)}\n");
        }

        if (detail.Nieuw is not null)
        {
            text.Append($"{indent}    {(detail.Oud is null && IsExpression(detail) ? "toets: " : "wordt: ")}{Flat(detail.Nieuw)}\n");
        }
    }

    /// <summary>
    /// The details of a change in reading order: those about the whole norm, then per version (headed by the version
    /// itself when it is new or gone, else by its date), then the voorbeelden.
    /// </summary>
    private static IEnumerable<(ChangeDetail? Header, List<ChangeDetail> Items)> Groups(Change change)
    {
        var general = change.Details.Where(d => d.Versie is null && d.Onderdeel != "voorbeeld").ToList();
        if (general.Count > 0)
        {
            yield return (null, general);
        }

        foreach (var version in change.Details.Where(d => d.Versie is not null).GroupBy(d => d.Versie!.Value).OrderBy(g => g.Key))
        {
            var header = version.FirstOrDefault(d => d.Onderdeel == "versie") ?? new ChangeDetail
            {
                Kind = ChangeKind.Gewijzigd,
                Onderdeel = "versie",
                Versie = version.Key,
                Omschrijving = $"Versie vanaf {version.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}:",
            };
            yield return (header, version.Where(d => !ReferenceEquals(d, header)).ToList());
        }

        var examples = change.Details.Where(d => d.Versie is null && d.Onderdeel == "voorbeeld").ToList();
        if (examples.Count > 0)
        {
            yield return (null, examples);
        }
    }

    private static bool IsExpression(ChangeDetail detail) => detail.Onderdeel is "toets" or "toepassing" or "criterium";

    private static string Flat(string value) => value.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');

    // ---- Markdown -------------------------------------------------------------------------------------------------

    public static string Markdown(ChangeSet changes, ImpactReport? impact)
    {
        var md = new StringBuilder();
        md.Append(MarkdownMarker).Append('\n');
        md.Append("## Wijzigingsoverzicht normen\n\n");
        md.Append($"Vergeleken: {Code(changes.Basis)} → {Code(changes.Nieuw)}\n\n");
        if (changes.Changes.Count == 0)
        {
            md.Append("Geen inhoudelijke wijzigingen in normen, begrippen of kaders (opmaak telt niet mee).\n");
        }
        else
        {
            md.Append("| | nieuw | gewijzigd | nieuwe versie | vervallen |\n|---|---:|---:|---:|---:|\n");
            foreach (var (subject, plural) in Subjects)
            {
                md.Append($"| {plural} | {changes.Count(subject, ChangeKind.Nieuw)} | {changes.Count(subject, ChangeKind.Gewijzigd)} | {changes.Count(subject, ChangeKind.NieuweVersie)} | {changes.Count(subject, ChangeKind.Vervallen)} |\n");
            }
        }

        var errors = changes.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            md.Append("\n> [!CAUTION]\n");
            md.Append($"> **{errors.Count} {(errors.Count == 1 ? "wijziging" : "wijzigingen")} in een vastgestelde versie.** Een vastgestelde versie verandert niet meer: leg de wijziging vast in een nieuwe versie met een latere `geldig_vanaf`.\n>\n");
            foreach (var error in errors)
            {
                md.Append($"> - {Where(error)}{Inline(error.Message)} ({error.Code})\n");
            }
        }

        var warnings = changes.Diagnostics.Concat(impact?.Diagnostics ?? []).Where(d => !d.IsError).ToList();
        if (warnings.Count > 0)
        {
            md.Append("\n> [!WARNING]\n");
            foreach (var warning in warnings)
            {
                md.Append($"> - {Where(warning)}{Inline(warning.Message)} ({warning.Code})\n");
            }
        }

        foreach (var (subject, plural) in Subjects)
        {
            var list = changes.Changes.Where(c => c.Subject == subject).ToList();
            if (list.Count == 0)
            {
                continue;
            }

            md.Append($"\n### {Capitalize(plural)}\n");
            foreach (var change in list)
            {
                WriteChange(md, change);
            }
        }

        if (impact is not null)
        {
            md.Append("\n### Gevolgen voor eerdere bezoeken\n\n");
            md.Append($"{impact.Bestanden} {(impact.Bestanden == 1 ? "bevindingenbestand" : "bevindingenbestanden")} opnieuw beoordeeld met beide versies van de normen ({impact.Oordelen} oordelen): {FlipCount(impact)}.\n");
            if (impact.Omslagen.Count > 0)
            {
                md.Append("\n| aanbieder | norm | was | wordt | oorzaak |\n|---|---|---|---|---|\n");
                foreach (var flip in impact.Omslagen)
                {
                    md.Append($"| {Cell(flip.Aanbieder)}<br>{Code(flip.Bestand)}, peildatum {flip.Peildatum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} ");
                    md.Append($"| {Code(flip.NormId)}<br>{Cell(flip.NormTitel)} ");
                    md.Append($"| {VerdictText(flip.Oud)} | **{VerdictText(flip.Nieuw)}** ");
                    md.Append($"| {string.Join("<br>", flip.Oorzaken.Select(Cell))} |\n");
                }
            }
        }

        return md.ToString();
    }

    private static void WriteChange(StringBuilder md, Change change)
    {
        md.Append($"\n#### {Capitalize(ChangeJson.KindLabel(change.Kind))}: {Code(change.Id)} — {Inline(change.Titel)}\n\n");
        var meta = new List<string>();
        if (change.Bronnen.Count > 0)
        {
            meta.Add($"**Bron:** {Inline(string.Join("; ", change.Bronnen))}");
        }

        if (change.GebruiktIn.Count > 0)
        {
            meta.Add($"**Gebruikt in:** {string.Join(", ", change.GebruiktIn.Select(Code))}");
        }

        if (change.Location.File is { } file)
        {
            meta.Add($"**Bestand:** {Code(file.Path)}");
        }

        if (meta.Count > 0)
        {
            md.Append(string.Join(" · ", meta)).Append("\n\n");
        }

        foreach (var (header, items) in Groups(change))
        {
            var indent = string.Empty;
            if (header is not null)
            {
                WriteMarkdownDetail(md, header, indent);
                indent = "  ";
            }

            foreach (var detail in items)
            {
                WriteMarkdownDetail(md, detail, indent);
            }
        }
    }

    private static void WriteMarkdownDetail(StringBuilder md, ChangeDetail detail, string indent)
    {
        var text = Inline(detail.Omschrijving);
        if (detail.Onderdeel == "versie" && detail.Kind != ChangeKind.Vervallen)
        {
            text = $"**{text}**";
        }

        if (detail.RaaktVastgesteldeVersie)
        {
            text = $"**Niet toegestaan:** {text}";
        }

        md.Append($"{indent}- {text}\n");
        if (detail.Context is not null)
        {
            md.Append($"{indent}  - criterium: _{Inline(detail.Context)}_\n");
        }

        if (!ShowValues(detail))
        {
            return;
        }

        if (IsProse(detail))
        {
            md.Append($"{indent}  <details><summary>oud en nieuw</summary>\n\n");
            md.Append($"{indent}  **Was:** {Inline(detail.Oud ?? "(geen)")}\n\n");
            md.Append($"{indent}  **Wordt:** {Inline(detail.Nieuw ?? "(geen)")}\n\n");
            md.Append($"{indent}  </details>\n");
            return;
        }

        var isExpression = IsExpression(detail);
        string Show(string value) => isExpression ? Code(value) : Inline(value);
        if (detail.Oud is not null && detail.Nieuw is not null)
        {
            md.Append($"{indent}  - was: {Show(detail.Oud)}\n{indent}  - wordt: {Show(detail.Nieuw)}\n");
        }
        else if (detail.Nieuw is not null)
        {
            md.Append($"{indent}  - {(isExpression ? "toets" : "nieuw")}: {Show(detail.Nieuw)}\n");
        }
        else if (detail.Oud is not null)
        {
            md.Append($"{indent}  - {(isExpression ? "toets was" : "was")}: {Show(detail.Oud)}\n");
        }
    }

    /// <summary>Old and new values are shown except where the sentence already says everything.</summary>
    private static bool ShowValues(ChangeDetail detail) =>
        detail.Onderdeel is not ("versie" or "norm" or "begrip" or "kader" or "kritiek" or "status" or "einde" or "norm in thema")
        && !(detail.Onderdeel == "geldig_tot" && detail.Kind == ChangeKind.Vervallen);

    private static bool IsProse(ChangeDetail detail) =>
        detail.Onderdeel is "toelichting" or "inleiding" or "wijziging" || (detail.Oud?.Length ?? 0) > 200 || (detail.Nieuw?.Length ?? 0) > 200;

    private static string FlipCount(ImpactReport impact) => impact.Omslagen.Count switch
    {
        0 => "geen oordeel anders",
        1 => "1 oordeel anders",
        var n => $"{n} oordelen anders",
    };

    private static string VerdictText(Oordeel? oordeel) => oordeel?.Label() ?? "(niet beoordeeld)";

    private static string Where(Diagnostic diagnostic) =>
        diagnostic.Location.File is null ? string.Empty : $"{Code($"{diagnostic.Location.Path}:{diagnostic.Location.Start.Line}")}: ";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Inline code that survives backticks in the value.</summary>
    private static string Code(string value)
    {
        var flat = value.Replace('\n', ' ').Replace('\r', ' ');
        var fence = flat.Contains('`', StringComparison.Ordinal) ? "``" : "`";
        return $"{fence}{(fence.Length > 1 ? " " : string.Empty)}{flat}{(fence.Length > 1 ? " " : string.Empty)}{fence}";
    }

    /// <summary>Text on one line, with the characters that would start Markdown or HTML escaped.</summary>
    private static string Inline(string value)
    {
        var builder = new StringBuilder();
        foreach (var c in value.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' '))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Cell(string value) => Inline(value);
}
