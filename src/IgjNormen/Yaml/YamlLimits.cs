namespace IgjNormen.Yaml;

/// <summary>Limits that keep a hostile or broken file from stalling the reader or eating memory.</summary>
public sealed record YamlLimits
{
    public static YamlLimits Default { get; } = new();

    /// <summary>Largest file read, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and lists.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Largest scalar, in characters.</summary>
    public int MaxScalarLength { get; init; } = 1_000_000;

    /// <summary>Most nodes (keys, values, items) in one file.</summary>
    public int MaxNodes { get; init; } = 200_000;
}
