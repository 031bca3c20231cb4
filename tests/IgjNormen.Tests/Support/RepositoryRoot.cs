namespace IgjNormen.Tests.Support;

/// <summary>The repository root (the folder with IgjNormen.sln), found from the test assembly's folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "IgjNormen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("IgjNormen.sln niet gevonden boven " + AppContext.BaseDirectory);
    }
}
