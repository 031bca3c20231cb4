using IgjNormen.Text;

namespace IgjNormen.Diagnostics;

/// <summary>A problem found in a file: plain data, printed by the hosts.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceLocation Location)
{
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        new(descriptor.Code, descriptor.Severity, descriptor.Format(args), location);

    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// The form VS Code's and MSBuild's problem matchers read: <c>pad(regel,kolom): error IGJ1234: bericht</c>.
    /// </summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        if (Location.File is null)
        {
            return $"{severity} {Code}: {Message}";
        }

        var start = Location.Start;
        return $"{Location.Path}({start.Line},{start.Column}): {severity} {Code}: {Message}";
    }
}
