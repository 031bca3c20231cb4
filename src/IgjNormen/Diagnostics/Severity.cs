namespace IgjNormen.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
