using System.Text;
using IgjNormen.Changes;
using IgjNormen.Citations;
using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Schemas;
using IgjNormen.Testing;
using IgjNormen.Text;
using IgjNormen.Tests.Support;
using Xunit;
using static IgjNormen.Tests.Diagnostics.Inputs;

namespace IgjNormen.Tests.Diagnostics;

/// <summary>
/// Every diagnostic code is produced by a minimal input, through the public API, at the expected line and column.
/// A new code without a case here fails <see cref="Every_code_has_a_case"/>.
/// </summary>
public class DiagnosticCoverageTests
{
    /// <summary>One case: the code, the file it is reported in (a path suffix), its line and column, and how to provoke it.</summary>
    public sealed record Case(string Code, string File, int Line, int Column, Func<IReadOnlyList<Diagnostic>> Run);

    private static readonly string Deep = new string('[', 70) + new string(']', 70) + "\n";

    private static readonly Case[] Cases =
    [
        // ------------------------------------------------------------------ 10xx files and YAML
        new("IGJ1001", NormPath, 2, 16, () => Load((NormPath, Replace(NormText, "titel: Testnorm", "titel: Testnorm: extra")))),
        new("IGJ1002", NormPath, 3, 1, () => Load((NormPath, Replace(NormText, "titel: Testnorm\n", "titel: Testnorm\ntitel: Nog een\n")))),
        new("IGJ1003", NormPath, 2, 8, () => Load((NormPath, Replace(NormText, "titel: Testnorm", "titel: &t Testnorm")))),
        new("IGJ1004", "norms/diep.norm.yaml", 1, 66, () => Load(("norms/diep.norm.yaml", Deep))),
        new("IGJ1005", "a.norm.yaml", 2, 12, () => FromFolder(dir => dir.Write("a.norm.yaml", InvalidUtf8Norm()))),
        new("IGJ1006", "groot.norm.yaml", 1, 1, () => FromFolder(dir => SparseFile(dir.Combine("groot.norm.yaml"), 17L * 1024 * 1024))),
        new("IGJ1007", NormPath, 7, 1, () => Load((NormPath, Replace(NormText, "    status: vastgesteld", "\tstatus: vastgesteld")))),
        new("IGJ1008", "a.norm.yaml", 1, 1, LockedFile),
        new("IGJ1009", NormPath, 2, 8, () => Load((NormPath, Replace(NormText, "titel: Testnorm", "titel: " + new string('x', 1_000_001))))),
        new("IGJ1010", "norms/leeg.norm.yaml", 1, 1, () => Load(("norms/leeg.norm.yaml", string.Empty))),
        new("IGJ1011", "norms/veel.norm.yaml", 1, 400_000, () => Load(("norms/veel.norm.yaml", "[" + string.Join(",", Enumerable.Repeat("0", 200_001)) + "]\n"))),
        new("IGJ1012", "bestaat-niet", 1, 1, () => FromFolder(_ => { }, "bestaat-niet")),

        // ------------------------------------------------------------------ 11xx structure
        new("IGJ1101", NormPath, 3, 1, () => Load((NormPath, Replace(NormText, "titel: Testnorm\n", "titel: Testnorm\ntoelichtng: Uitleg.\n")))),
        new("IGJ1102", NormPath, 1, 1, () => Load((NormPath, Replace(NormText, "soort: wettelijk\n", string.Empty)))),
        new("IGJ1103", NormPath, 2, 8, () => Load((NormPath, Replace(NormText, "titel: Testnorm", "titel: [Testnorm]")))),
        new("IGJ1104", NormPath, 3, 8, () => Load((NormPath, Replace(NormText, "soort: wettelijk", "soort: wet")))),
        new("IGJ1105", NormPath, 14, 16, () => Load((NormPath, Replace(NormText, "peildatum: 2024-05-01", "peildatum: 2024-05-32")))),
        new("IGJ1106", NormPath, 1, 5, () => Load((NormPath, Replace(NormText, "id: a\n", "id: b\n")))),
        new("IGJ1107", "norms/extra.begrippen.yaml", 2, 3, () => Load(("norms/extra.begrippen.yaml", "begrippen:\n  Klachten.extra:\n    type: ja/nee\n    omschrijving: X.\n"))),
        new("IGJ1108", NormPath, 12, 18, () => Load((NormPath, Replace(NormText, "toets: klachten.regeling_aanwezig\n", "toets: klachten.regeling_aanwezig\n        kritiek: misschien\n")))),
        new("IGJ1109", "norms/leesmij.yaml", 1, 1, () => Load(("norms/leesmij.yaml", "x: 1\n"))),
        new("IGJ1110", NormPath, 1, 1, () => [SchemaHeader.Check(new SourceFile(NormPath, NormText))!]),

        // ------------------------------------------------------------------ 12xx toets syntax (one case each; depth is in tests/…/Language)
        new("IGJ1201", NormPath, 11, 45, () => Load((NormPath, NormWithToets("klachten.regeling_aanwezig en")))),
        new("IGJ1202", NormPath, 11, 46, () => Load((NormPath, NormWithToets("'klachten.regeling_aanwezig = \"ja'")))),
        new("IGJ1203", NormPath, 11, 48, () => Load((NormPath, NormWithToets("kwaliteit.laatste_toetsing_op = 2024-02-30")))),
        new("IGJ1204", NormPath, 11, 16, () => Load((NormPath, NormWithToets("aanbieder.aantal_zorgverleners < 2 < 3")))),
        new("IGJ1205", NormPath, 11, 17, () => Load((NormPath, NormWithToets("' '")))),
        new("IGJ1206", NormPath, 11, 48, () => Load((NormPath, NormWithToets(new string('(', 33) + "ja" + new string(')', 33))))),

        // ------------------------------------------------------------------ 13xx names and types
        new("IGJ1301", NormPath, 11, 16, () => Load((NormPath, NormWithToets("klachten.regeling_aanwezg")))),
        new("IGJ1302", NormPath, 11, 46, () => Load((NormPath, NormWithToets("klachten.regeling_aanwezig en aanbieder.aantal_zorgverleners")))),
        new("IGJ1303", NormPath, 11, 16, () => Load((NormPath, NormWithToets("aanbieder.aantal_zorgverleners = ja")))),
        new("IGJ1305", NormPath, 11, 62, () => Load((NormPath, NormWithToets("'(alle k in klachten.klachten: k.verlengd) en k.verlengd'")))),
        new("IGJ1306", NormPath, 11, 35, () => Load((NormPath, NormWithToets("'aanbieder.soort = \"instelingg\"'")))),
        new("IGJ1307", NormPath, 11, 46, () => Load((NormPath, NormWithToets("'alle k in klachten.klachten: k.verlngd'")))),
        new("IGJ1308", NormPath, 11, 24, () => Load((NormPath, NormWithToets("oordeel(b) = voldoet")))),
        new("IGJ1309", NormPath, 11, 16, () => Load((NormPath, NormWithToets("aanbieder.aantal_zorgverleners")))),
        new("IGJ1310", NormPath, 11, 16, () => Load((NormPath, NormWithToets("klachten.klachten = 1")))),
        new("IGJ1311", NormPath, 11, 48, () => Load((NormPath, NormWithToets("kwaliteit.laatste_toetsing_op + 48 uur <= peildatum")))),
        new("IGJ1312", NormPath, 11, 22, () => Load((NormPath, NormWithToets("'alle aanbieder in klachten.klachten: ja'")))),

        // ------------------------------------------------------------------ 14xx across files
        new("IGJ1401", "norms/y/a.norm.yaml", 1, 5, () => Load(("norms/y/a.norm.yaml", NormText))),
        new("IGJ1402", KaderPath, 6, 17, () => Load((KaderPath, Replace(KaderText, "normen: [a]", "normen: [a, ab]")))),
        new("IGJ1403", NormPath, 11, 16, () => Load((NormPath, NormWithToets("oordeel(a) = voldoet")))),
        new("IGJ1404", NormPath, 11, 5, () => Load((NormPath, TwoVersions("geldig_tot: 2020-01-01", "2019-01-01")))),
        new("IGJ1405", NormPath, 11, 5, () => Load((NormPath, TwoVersions("geldig_tot: 2018-01-01", "2019-01-01")))),
        new("IGJ1406", NormPath, 6, 5, () => Load((NormPath, Replace(NormText, "    status: vastgesteld", "    geldig_tot: 2015-01-01\n    status: vastgesteld")))),
        new("IGJ1407", NormPath, 12, 9, () => Load((NormPath, Replace(NormText, "toets: klachten.regeling_aanwezig\n", "toets: klachten.regeling_aanwezig\n      - { id: c1, tekst: Nog eens., toets: ja }\n")))),
        new("IGJ1408", "norms/extra.begrippen.yaml", 2, 3, () => Load(("norms/extra.begrippen.yaml", "begrippen:\n  extra.a: { type: ja/nee, omschrijving: A. }\n  extra.a.b: { type: ja/nee, omschrijving: B. }\n"))),
        new("IGJ1409", NormPath, 1, 5, () => Load((KaderPath, Replace(KaderText, "normen: [a]", "normen: []")))),
        new("IGJ1410", KaderPath, 6, 17, () => Load((KaderPath, Replace(KaderText, "normen: [a]", "normen: [a, a]")))),
        new("IGJ1411", NormPath, 1, 5, () => Load((NormPath, NormText[..NormText.IndexOf("  - naam: niet op orde", StringComparison.Ordinal)]))),
        new("IGJ1412", NormPath, 1, 5, () => Load((NormPath, Replace(WithVersions(string.Empty), "versies:\n", "versies: []\n")))),
        new("IGJ1413", NormPath, 6, 5, () => Load((NormPath, WithVersions("  - geldig_vanaf: 2016-01-01\n    status: vastgesteld\n    criteria: []\n")))),
        new("IGJ1414", NormPath, 11, 5, () => Load((NormPath, TwoVersions("geldig_tot: 2020-01-01", "2010-01-01")))),

        // ------------------------------------------------------------------ 15xx bevindingen
        new("IGJ1501", BevindingenPath, 7, 5, () => ReadBevindingen(Replace(BevindingenText, "regeling_aanwezig: ja", "regeling_aanwezg: ja"))),
        new("IGJ1502", BevindingenPath, 7, 27, () => ReadBevindingen(Replace(BevindingenText, "feiten:\n", "feiten:\n  aanbieder:\n    aantal_zorgverleners: 1,5\n"))),
        new("IGJ1503", BevindingenPath, 9, 3, () => ReadBevindingen(BevindingenText + "oordelen:\n  a:\n    oordeel: voldoet niet\n")),
        new("IGJ1504", BevindingenPath, 9, 3, () => ReadBevindingen(BevindingenText + "oordelen:\n  b: { oordeel: voldoet, motivering: Omdat. }\n")),
        new("IGJ1505", BevindingenPath, 5, 10, () => ReadBevindingen(Replace(BevindingenText, "  datum: 2025-03-12\n", "  datum: 2025-03-12\n  kader: kk\n"))),
        new("IGJ1506", BevindingenPath, 1, 1, WithoutReferenceDate),
        new("IGJ1507", BevindingenPath, 10, 14, () => ReadBevindingen(BevindingenText + "oordelen:\n  a:\n    oordeel: goed\n    motivering: Omdat.\n")),
        new("IGJ1508", BevindingenPath, 6, 13, () => ReadBevindingen(Replace(BevindingenText, "  klachten:\n    regeling_aanwezig: ja\n", "  klachten: ja\n"))),
        new("IGJ1509", BevindingenPath, 108, 5, () => ReadBevindingen(Replace(BevindingenText, "    regeling_aanwezig: ja\n", "    regeling_aanwezig: ja\n" + string.Concat(Enumerable.Range(1, 150).Select(i => $"    onbekend_{i}: ja\n")))).Where(d => d.Code == "IGJ1509").ToList()),

        // ------------------------------------------------------------------ 16xx voorbeelden
        new("IGJ1601", NormPath, 13, 5, () => RunExamples(Replace(NormText, "verwacht: voldoet\n", "verwacht: voldoet niet\n"))),
        new("IGJ1602", NormPath, 13, 5, () => RunExamples(Replace(NormText, "verwacht: voldoet\n", "verwacht: voldoet\n    ontbrekend: [klachten.functionaris_beschikbaar]\n"))),
        new("IGJ1603", NormPath, 17, 5, () => Load((NormPath, Replace(NormText, "naam: niet op orde", "naam: op orde")))),

        // ------------------------------------------------------------------ 17xx citations against law texts (check --wetten); the bron is on line 4
        new("IGJ1701", NormPath, 4, 7, () => CheckCitations("artikel: \"14\"", Law("2010-01-01", Article13))),
        new("IGJ1702", NormPath, 4, 7, () => CheckCitations("artikel: \"13\", lid: \"3\"", Law("2010-01-01", Article13))),
        new("IGJ1703", NormPath, 4, 7, () => CheckCitations("artikel: \"13\"", Law("2010-01-01", Article13), Law("2020-01-01", "[]"))),
        new("IGJ1704", NormPath, 4, 7, () => CheckCitations("artikel: \"13\"", Law("2010-01-01", Article13, bwb: "BWBR0000001"))),
        new("IGJ1705", NormPath, 4, 7, () => CheckCitations("artikel: \"13\"", Law("2010-01-01", "[]"), Law("2020-01-01", Article13))),

        // ------------------------------------------------------------------ 18xx templates and documents (render, eval --format markdown|html)
        new("IGJ1801", "kader.md.scriban", 2, 7, () => Render(templates: ("kader.md.scriban", "# {{ kader.titel }}\n{{ if }}\n"))),
        new("IGJ1802", "kader.md.scriban", 3, 4, () => Render(templates: ("kader.md.scriban", "# {{ kader.titel }}\n\n{{ kadr.titel }}\n"))),
        new("IGJ1803", "kader.md.scriban", 1, 14, () => Render(templates: ("kader.md.scriban", "{{ for i in 1..1000000 }}x{{ end }}\n"))),
        new("IGJ1804", "kader.md.scriban", 2, 4, () => Render(templates: ("kader.md.scriban", "# {{ kader.titel }}\n{{ include '_kop.md.scriban' }}\n"))),
        new("IGJ1805", "kader.md.scriban", 2, 4, () => Render(templates: ("kader.md.scriban", "# {{ kader.titel }}\n{{ include '../geheim.scriban' }}\n"))),
        new("IGJ1806", "bestaat-niet", 1, 1, MissingTemplatesFolder),
        new("IGJ1807", "norms", 1, 1, () => Render(kaders: ["kk"])),
        new("IGJ1808", KaderPath, 1, 5, () => Render(peildatum: null)),
        new("IGJ1809", "norms", 1, 1, () => Render(kaders: [])),
        new("IGJ1810", NormPath, 1, 5, () => Render(peildatum: "2015-01-01")),
        new("IGJ1811", NormPath, 13, 5, () => Render(norm: Replace(NormText, "verwacht: voldoet\n", "verwacht: voldoet niet\n"))),

        // ------------------------------------------------------------------ 19xx change control: diff (basis: NormText), git, impact replay
        new("IGJ1901", NormPath, 11, 16, () => Compare(NormWithToets("niet klachten.regeling_aanwezig"))),
        new("IGJ1902", NormPath, 1, 5, () => Compare(Replace(NormText, "geldig_vanaf: 2016-01-01", "geldig_vanaf: 2017-01-01"))),
        new("IGJ1903", NormPath, 5, 13, () => Compare(Replace(NormText, "versies:\n", "toepassing: aanbieder.soort = \"instelling\"\nversies:\n"))),
        new("IGJ1904", "norms/extra.begrippen.yaml", 2, 3, () => Compare(NormText, ("norms/extra.begrippen.yaml", "begrippen:\n  Klachten.extra:\n    type: ja/nee\n    omschrijving: X.\n"))),
        new("IGJ1920", "HEAD", 1, 1, () => ResolveRevision("HEAD", commits: 1, git: "git-bestaat-niet")),
        new("IGJ1921", "HEAD~1", 1, 1, () => ResolveRevision("HEAD~1", commits: 1)),
        new("IGJ1922", "HEAD", 1, 1, () => ResolveRevision("HEAD", commits: 1, map: "../buiten-de-repository")),
        new("IGJ1930", BevindingenPath, 8, 3, ReplayWithoutBegrip),
    ];

    /// <summary>Article 13 with two leden, as the regelrecht corpus writes it.</summary>
    private const string Article13 = """
        - number: '13'
          text: |-
            1 De zorgaanbieder treft een regeling.

            2 De regeling wordt bekendgemaakt.
          url: https://wetten.overheid.nl/BWBR0037173/2016-01-01#Artikel13
        """;

    public static TheoryData<string> Codes() => [.. Cases.Select(c => c.Code)];

    [Fact]
    public void Every_code_has_a_case()
    {
        Assert.Equal(
            DiagnosticCodes.All.Select(d => d.Code).Order(StringComparer.Ordinal),
            Cases.Select(c => c.Code).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_is_produced_at_the_expected_place(string code)
    {
        var @case = Cases.Single(c => c.Code == code);
        var descriptor = DiagnosticCodes.All.Single(d => d.Code == code);

        var diagnostics = @case.Run();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(descriptor.Severity, diagnostic.Severity);
        Assert.EndsWith(@case.File, diagnostic.Location.Path, StringComparison.Ordinal);
        Assert.Equal((@case.Line, @case.Column), (diagnostic.Location.Start.Line, diagnostic.Location.Start.Column));
        Assert.Contains($"({@case.Line},{@case.Column}): {(diagnostic.IsError ? "error" : "warning")} {code}: ", diagnostic.ToString(), StringComparison.Ordinal);

        // docs/diagnostics.md shows this very case: same place, same message (unless the message names a temp path).
        if (!diagnostic.Message.Contains(Path.GetTempPath(), StringComparison.Ordinal))
        {
            var shown = $"({@case.Line},{@case.Column}): {(diagnostic.IsError ? "error" : "warning")} {code}: {diagnostic.Message}\n";
            Assert.True(Doc.Contains(shown, StringComparison.Ordinal), $"docs/diagnostics.md toont bij {code} niet deze melding; werk het voorbeeld bij:\n{shown}");
        }
    }

    private static readonly string Doc = File.ReadAllText(RepositoryRoot.Combine("docs", "diagnostics.md")).ReplaceLineEndings("\n");

    /// <summary>NormText 'a' with two versions (from line 6 and line 11) of one criterion each.</summary>
    private static string TwoVersions(string firstEnd, string secondStart) => WithVersions($$"""
          - geldig_vanaf: 2016-01-01
            {{firstEnd}}
            status: vastgesteld
            criteria:
              - { id: c1, tekst: Regeling., toets: klachten.regeling_aanwezig }
          - geldig_vanaf: {{secondStart}}
            status: vastgesteld
            criteria:
              - { id: c1, tekst: Regeling., toets: klachten.regeling_aanwezig }

        """);

    /// <summary>NormText 'a' with the lines after <c>versies:</c> (up to the voorbeelden) replaced.</summary>
    private static string WithVersions(string versions)
    {
        var start = NormText.IndexOf("versies:\n", StringComparison.Ordinal) + "versies:\n".Length;
        var end = NormText.IndexOf("voorbeelden:", StringComparison.Ordinal);
        return string.Concat(NormText.AsSpan(0, start), versions, NormText.AsSpan(end));
    }

    private static byte[] InvalidUtf8Norm()
    {
        var bytes = Encoding.UTF8.GetBytes(NormText).ToList();
        bytes.Insert(Encoding.UTF8.GetByteCount("id: a\ntitel: Test"), 0xFF);
        return [.. bytes];
    }

    /// <summary>Loads a folder on disk holding the test begrippen plus what <paramref name="arrange"/> writes.</summary>
    private static IReadOnlyList<Diagnostic> FromFolder(Action<TempDirectory> arrange, string? subfolder = null)
    {
        using var dir = new TempDirectory();
        dir.Write("test.begrippen.yaml", TestModel.Begrippen);
        arrange(dir);
        return NormModelLoader.LoadFolder(subfolder is null ? dir.Path : dir.Combine(subfolder)).Diagnostics;
    }

    /// <summary>A file of the given length without writing its bytes (sparse where the file system allows).</summary>
    private static void SparseFile(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        stream.SetLength(length);
    }

    /// <summary>A norm file that another program holds open without sharing: reading it fails with an I/O error.</summary>
    private static IReadOnlyList<Diagnostic> LockedFile()
    {
        using var dir = new TempDirectory();
        dir.Write("test.begrippen.yaml", TestModel.Begrippen);
        var path = dir.Write("a.norm.yaml", NormText);
        using var holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        return NormModelLoader.LoadFolder(dir.Path).Diagnostics;
    }

    private static (string Name, string Text) Law(string validFrom, string articles, string bwb = "BWBR0037173") =>
        ($"wkkgz/{validFrom}.yaml", $"bwb_id: {bwb}\nvalid_from: '{validFrom}'\narticles:\n  {articles.Replace("\n", "\n  ", StringComparison.Ordinal)}\n");

    /// <summary>Norm 'a' citing Wkkgz (BWBR0037173) with the given article parts, checked against a corpus of law texts.</summary>
    private static IReadOnlyList<Diagnostic> CheckCitations(string citation, params (string Name, string Text)[] laws)
    {
        var loaded = TestModel.Load((BegrippenPath, TestModel.Begrippen), (NormPath, Replace(NormText, "artikel: \"13\"", citation)));
        Assert.Empty(loaded.Diagnostics);
        using var dir = new TempDirectory();
        foreach (var (name, text) in laws)
        {
            dir.Write(name, text);
        }

        var bag = new DiagnosticBag();
        var corpus = LawCorpus.Load(dir.Path, bag);
        Assert.Empty(bag.Items);
        return CitationChecker.Check(loaded.Model, corpus);
    }

    /// <summary>igjnormen diff from the valid norm 'a' (basis) to <paramref name="after"/> plus extra files.</summary>
    private static IReadOnlyList<Diagnostic> Compare(string after, params (string Path, string Text)[] extra)
    {
        var basis = TestModel.Load((BegrippenPath, TestModel.Begrippen), (NormPath, NormText));
        var nieuw = TestModel.Load([(BegrippenPath, TestModel.Begrippen), (NormPath, after), .. extra]);
        return ModelDiff.Compare(NormSnapshot.FromModel("basis", basis), NormSnapshot.FromModel("nieuw", nieuw)).Diagnostics;
    }

    /// <summary>Resolves a revision in a fresh git repository with the given number of commits.</summary>
    private static IReadOnlyList<Diagnostic> ResolveRevision(string revision, int commits, string map = "norms", string git = "git")
    {
        using var repo = new TempGitRepo();
        for (var i = 0; i < commits; i++)
        {
            repo.Write("norms/test.begrippen.yaml", TestModel.Begrippen + $"\n# commit {i}\n");
            repo.Commit($"commit {i}");
        }

        var bag = new DiagnosticBag();
        Assert.Null(NormSnapshot.Resolve(revision, repo.Root, map, bag, git));
        return bag.Items;
    }

    /// <summary>Bevindingen that use a begrip the new norms no longer have: judged under the basis only.</summary>
    private static IReadOnlyList<Diagnostic> ReplayWithoutBegrip()
    {
        const string extra = "begrippen:\n  extra.gemeld:\n    type: ja/nee\n    omschrijving: Gemeld.\n";
        var basis = TestModel.Load((BegrippenPath, TestModel.Begrippen), ("norms/extra.begrippen.yaml", extra), (NormPath, NormText));
        var nieuw = TestModel.Load((BegrippenPath, TestModel.Begrippen), (NormPath, NormText));
        using var dir = new TempDirectory();
        var path = dir.Write(BevindingenPath, BevindingenText + "  extra:\n    gemeld: ja\n");
        return ImpactReplay.Run(NormSnapshot.FromModel("basis", basis), NormSnapshot.FromModel("nieuw", nieuw), [path]).Diagnostics;
    }

    private static IReadOnlyList<Diagnostic> WithoutReferenceDate()
    {
        var model = ValidModel().Model;
        var bag = new DiagnosticBag();
        var bevindingen = BevindingenReader.ReadText(Replace(BevindingenText, "bezoek:\n  datum: 2025-03-12\n", string.Empty), model, bag, BevindingenPath);
        Assert.Empty(bag.Items);
        return new Evaluator(model).Evaluate(bevindingen!).Diagnostics;
    }

    /// <summary>
    /// Renders kader 'k' (no geldig_vanaf) as Markdown with the norms folder shown as "norms", optionally with own
    /// templates in a temp folder; by default on 1 May 2024, where norm 'a' and its voorbeelden hold.
    /// </summary>
    private static IReadOnlyList<Diagnostic> Render(
        string? norm = null,
        string[]? kaders = null,
        string? peildatum = "2024-05-01",
        (string Name, string Text)? templates = null)
    {
        var loaded = TestModel.Load((BegrippenPath, TestModel.Begrippen), (NormPath, norm ?? NormText), (KaderPath, KaderText));
        Assert.Empty(loaded.Diagnostics);
        using var dir = new TempDirectory();
        if (templates is { } template)
        {
            dir.Write(template.Name, template.Text);
        }

        var bag = new DiagnosticBag();
        var options = new IgjNormen.Rendering.RenderOptions
        {
            Format = IgjNormen.Rendering.DocumentFormat.Markdown,
            TemplatesFolder = templates is null ? null : dir.Path,
            NormsFolder = "norms",
        };
        var renderer = IgjNormen.Rendering.DocumentRenderer.Create(loaded.Model, options, bag);
        Assert.Empty(bag.Items);
        var date = peildatum is null ? (DateOnly?)null : DateOnly.ParseExact(peildatum, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return renderer!.RenderSite(kaders ?? ["k"], date).Diagnostics;
    }

    private static IReadOnlyList<Diagnostic> MissingTemplatesFolder()
    {
        using var dir = new TempDirectory();
        var bag = new DiagnosticBag();
        var options = new IgjNormen.Rendering.RenderOptions { TemplatesFolder = dir.Combine("bestaat-niet") };
        Assert.Null(IgjNormen.Rendering.DocumentRenderer.Create(ValidModel().Model, options, bag));
        return bag.Items;
    }

    private static IReadOnlyList<Diagnostic> RunExamples(string norm)
    {
        var loaded = TestModel.Load((BegrippenPath, TestModel.Begrippen), (NormPath, norm));
        Assert.Empty(loaded.Diagnostics);
        return ExampleRunner.RunAll(loaded.Model).Where(o => !o.Passed).Select(o => o.Failure!).ToList();
    }
}
