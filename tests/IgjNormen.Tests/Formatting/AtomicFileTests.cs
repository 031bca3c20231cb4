using IgjNormen.Formatting;
using Xunit;

namespace IgjNormen.Tests.Formatting;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("igj-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Replaces_the_file_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "a.norm.yaml");
        File.WriteAllText(path, "oud\n");
        AtomicFile.WriteAllText(path, "nieuw\n");
        Assert.Equal("nieuw\n", File.ReadAllText(path));
        Assert.Equal(["a.norm.yaml"], Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_write_that_fails_halfway_leaves_the_old_file_intact()
    {
        var path = Path.Combine(_folder, "a.norm.yaml");
        File.WriteAllText(path, "oud\n");
        var failure = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new IOException("schijf vol");
        }));
        Assert.Equal("schijf vol", failure.Message);
        Assert.Equal("oud\n", File.ReadAllText(path));
        Assert.Equal(["a.norm.yaml"], Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Keeps_the_permissions_of_the_file_it_replaces()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(_folder, "run.sh");
        File.WriteAllText(path, "oud\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        AtomicFile.WriteAllText(path, "nieuw\n");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(path));
    }
}
