using IgjNormen.Loading;
using IgjNormen.Tests.Support;
using IgjNormen.Text;
using Xunit;

namespace IgjNormen.Tests.Loading;

/// <summary>
/// The incremental workspace the language server uses gives exactly what a full load of the same files gives, while
/// reading and binding only what an edit touches.
/// </summary>
public class NormWorkspaceTests
{
    private static readonly Lazy<List<SourceFile>> Shipped = new(() =>
        NormModelLoader.LoadFolder(RepositoryRoot.Combine("norms")).Files.Select(f => new SourceFile(f.Path, f.Text)).ToList());

    private static NormWorkspace WorkspaceOf(IEnumerable<SourceFile> files)
    {
        var workspace = new NormWorkspace();
        foreach (var file in files)
        {
            workspace.SetFile(file);
        }

        return workspace;
    }

    private static void AssertSameAsFullLoad(NormWorkspace workspace)
    {
        var incremental = workspace.Check();
        var full = NormModelLoader.Load(workspace.Files.Select(f => new SourceFile(f.Path, f.Text)));
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(full.Model.Norms.Select(n => n.Id), incremental.Model.Norms.Select(n => n.Id));
        Assert.Equal(full.Model.Facts.Select(f => f.Name), incremental.Model.Facts.Select(f => f.Name));
    }

    private static SourceFile Edit(string path, Func<string, string> change)
    {
        var file = Shipped.Value.Single(f => f.Path.EndsWith(path, StringComparison.Ordinal));
        var text = change(file.Text);
        Assert.NotEqual(file.Text, text);
        return new SourceFile(file.Path, text);
    }

    [Fact]
    public void First_check_reads_and_binds_everything_and_equals_a_full_load()
    {
        var workspace = WorkspaceOf(Shipped.Value);
        AssertSameAsFullLoad(workspace);
        Assert.Equal(Shipped.Value.Count, workspace.LastReadFiles);
        Assert.Equal(workspace.Check().Model.Norms.Count, workspace.LastBoundNorms);
    }

    [Fact]
    public void Editing_a_toets_reads_one_file_and_binds_one_norm()
    {
        var workspace = WorkspaceOf(Shipped.Value);
        workspace.Check();
        workspace.SetFile(Edit("wkkgz.klachtbehandeling-termijn.norm.yaml", t => t.Replace("k.besluit_op <=", "k.besluit_opp <=", StringComparison.Ordinal)));
        AssertSameAsFullLoad(workspace);
        Assert.Equal(1, workspace.LastReadFiles);
        Assert.Equal(1, workspace.LastBoundNorms);
        Assert.Contains(workspace.Check().Diagnostics, d => d.Code == "IGJ1307");
    }

    [Fact]
    public void Setting_the_same_text_again_changes_nothing()
    {
        var workspace = WorkspaceOf(Shipped.Value);
        var first = workspace.Check();
        Assert.False(workspace.SetFile(new SourceFile(Shipped.Value[0].Path, Shipped.Value[0].Text)));
        Assert.Same(first, workspace.Check());
    }

    [Fact]
    public void Editing_a_begrip_binds_every_norm_and_breaks_the_norms_that_use_it()
    {
        var workspace = WorkspaceOf(Shipped.Value);
        workspace.Check();
        workspace.SetFile(Edit("klachten.begrippen.yaml", t => t.Replace("  klachten.klachten:", "  klachten.klachtenlijst:", StringComparison.Ordinal)));
        AssertSameAsFullLoad(workspace);
        Assert.Equal(workspace.Check().Model.Norms.Count, workspace.LastBoundNorms);
        Assert.Contains(workspace.Check().Diagnostics, d => d.Code == "IGJ1301" && d.Location.Path.EndsWith("wkkgz.klachtonderzoek.norm.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Renaming_a_norm_id_rebinds_and_reports_the_kader_reference()
    {
        var workspace = WorkspaceOf(Shipped.Value);
        workspace.Check();
        var path = Shipped.Value.Single(f => f.Path.EndsWith("wkkgz.vog.norm.yaml", StringComparison.Ordinal)).Path;
        workspace.RemoveFile(path);
        AssertSameAsFullLoad(workspace);
        Assert.Contains(workspace.Check().Diagnostics, d => d.Code == "IGJ1402" && d.Message.Contains("'wkkgz.vog'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sequence_of_edits_always_equals_a_full_load()
    {
        var workspace = WorkspaceOf(Shipped.Value);
        var edits = new Func<SourceFile>[]
        {
            () => Edit("wkkgz.klachtenregeling.norm.yaml", t => t.Replace("titel:", "titl:", StringComparison.Ordinal)),
            () => Edit("wkkgz.klachtenregeling.norm.yaml", t => t + "\nfoo: [\n"),
            () => Shipped.Value.Single(f => f.Path.EndsWith("wkkgz.klachtenregeling.norm.yaml", StringComparison.Ordinal)),
            () => Edit("klachten-en-incidenten.kader.yaml", t => t.Replace("wkkgz.klachtenregeling", "wkkgz.klachtenregelin", StringComparison.Ordinal)),
            () => Edit("wkkgz.vog.norm.yaml", t => t.Replace("id: wkkgz.vog", "id: wkkgz.klachtenregeling", StringComparison.Ordinal)),
            () => Shipped.Value.Single(f => f.Path.EndsWith("klachten-en-incidenten.kader.yaml", StringComparison.Ordinal)),
            () => Edit("klachten.begrippen.yaml", t => t.Replace("type: lijst", "type: lijstje", StringComparison.Ordinal)),
            () => Shipped.Value.Single(f => f.Path.EndsWith("klachten.begrippen.yaml", StringComparison.Ordinal)),
            () => Shipped.Value.Single(f => f.Path.EndsWith("wkkgz.vog.norm.yaml", StringComparison.Ordinal)),
        };
        foreach (var edit in edits)
        {
            workspace.SetFile(edit());
            AssertSameAsFullLoad(workspace);
        }

        Assert.Empty(workspace.Check().Diagnostics);
    }
}
