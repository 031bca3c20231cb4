using System.Text.RegularExpressions;

namespace IgjNormen.Loading;

internal static partial class Names
{
    [GeneratedRegex("^[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*$", RegexOptions.CultureInvariant)]
    public static partial Regex FactName();

    [GeneratedRegex("^[a-z_][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    public static partial Regex FieldName();

    [GeneratedRegex("^[a-z0-9][a-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    public static partial Regex Id();
}
