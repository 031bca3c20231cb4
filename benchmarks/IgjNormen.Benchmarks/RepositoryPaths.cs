namespace IgjNormen.Benchmarks;

/// <summary>Finds the repository root (the folder with IgjNormen.sln) from the working directory or the binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Norms => Path.Combine(Root, "norms");

    public static string Sample(string name) => Path.Combine(Root, "samples", "bevindingen", name);

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IgjNormen.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the IgjNormen repository.");
    }
}
