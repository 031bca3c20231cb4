using System.Globalization;

namespace IgjNormen.Diagnostics;

/// <summary>One kind of diagnostic: a stable code, a default severity and a Dutch message template.</summary>
public sealed class DiagnosticDescriptor
{
    internal DiagnosticDescriptor(string code, Severity severity, string title, string messageFormat)
    {
        Code = code;
        Severity = severity;
        Title = title;
        MessageFormat = messageFormat;
    }

    /// <summary>The stable code, for example <c>IGJ1301</c>.</summary>
    public string Code { get; }

    public Severity Severity { get; }

    /// <summary>A short Dutch title, used in docs and SARIF rule entries.</summary>
    public string Title { get; }

    /// <summary>A composite format string (invariant culture) for the message.</summary>
    public string MessageFormat { get; }

    public string Format(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
