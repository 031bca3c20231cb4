namespace IgjNormen.Diagnostics;

/// <summary>
/// Every diagnostic IgjNormen reports, in ranges by phase:
/// 10xx files and YAML, 11xx structure of the files, 12xx toets syntax, 13xx names and types,
/// 14xx checks across files, 15xx bevindingen, 16xx voorbeelden, 17xx citations against law texts, 18xx templates
/// and rendered documents. Codes never change meaning;
/// docs/diagnostics.md documents each one.
/// </summary>
public static partial class DiagnosticCodes
{
    private static DiagnosticDescriptor Error(string code, string title, string format) => new(code, Severity.Error, title, format);

    private static DiagnosticDescriptor Warning(string code, string title, string format) => new(code, Severity.Warning, title, format);

    /// <summary>All descriptors, found by reflection over the nested classes: used by tests and by SARIF output.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticCodes).GetNestedTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
