using IgjNormen.Binding;
using IgjNormen.Syntax;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.Model;

/// <summary>
/// A toets or toepassing expression: its text, where it stands in the YAML file, its syntax tree and, once checked,
/// its bound (typed, name-free) form.
/// </summary>
public sealed class Condition
{
    public Condition(string text, YScalar? scalar)
    {
        Text = text;
        Scalar = scalar;
    }

    public string Text { get; }

    /// <summary>The YAML scalar the text came from (null for conditions built in code).</summary>
    public YScalar? Scalar { get; }

    public SourceLocation Location => Scalar?.Location ?? SourceLocation.None;

    public Expr? Syntax { get; internal set; }

    /// <summary>The parse of <see cref="Text"/>, kept so that binding again does not parse again.</summary>
    internal Parsing.ToetsParseResult? Parsed { get; set; }

    public BoundExpr? Bound { get; internal set; }

    /// <summary>The begrippen the expression reads, in order of first use (for explanations and checklists).</summary>
    public IReadOnlyList<FactDefinition> Facts { get; internal set; } = [];

    /// <summary>The norms whose oordeel the expression reads.</summary>
    public IReadOnlyList<Norm> ReferencedNorms { get; internal set; } = [];

    /// <summary>The file location of a span inside <see cref="Text"/>.</summary>
    public SourceLocation LocationOf(TextSpan span) => Scalar?.LocationOf(span) ?? SourceLocation.None;
}
