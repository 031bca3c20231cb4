using IgjNormen.Model;
using IgjNormen.Text;

namespace IgjNormen.Syntax;

/// <summary>
/// A node of a parsed toets expression. Spans are offsets into the expression text; <see cref="Condition.LocationOf"/>
/// turns them into places in the YAML file.
/// </summary>
public abstract record Expr
{
    public TextSpan Span { get; internal set; }
}

public enum DurationUnit
{
    Uur,
    Dag,
    Werkdag,
    Week,
    Maand,
    Jaar,
}

public enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
}

public enum QuantifierKind
{
    Alle,
    Enige,
    Geen,
}

public sealed record BooleanLiteral(bool Value) : Expr;

public sealed record NumberLiteral(decimal Value) : Expr;

public sealed record TextLiteral(string Value) : Expr;

public sealed record DateLiteral(DateOnly Value) : Expr;

public sealed record DateTimeLiteral(DateTime Value) : Expr;

public sealed record DurationLiteral(int Amount, DurationUnit Unit) : Expr;

public sealed record VerdictLiteral(Oordeel Value) : Expr;

public sealed record PeildatumExpr : Expr;

/// <summary>A dotted name: a begrip, a quantifier variable, or a variable's field.</summary>
public sealed record NameExpr(IReadOnlyList<string> Parts) : Expr
{
    public string FullName => string.Join('.', Parts);
}

public sealed record NotExpr(Expr Operand) : Expr;

public sealed record NegateExpr(Expr Operand) : Expr;

public sealed record BinaryExpr(BinaryOperator Operator, Expr Left, Expr Right) : Expr;

public sealed record InExpr(Expr Value, Expr List, bool Negated) : Expr;

public sealed record IsKnownExpr(Expr Value, bool Known) : Expr;

public sealed record BetweenExpr(Expr Value, Expr Low, Expr High) : Expr;

public sealed record ListExpr(IReadOnlyList<Expr> Items) : Expr;

public sealed record QuantifierExpr(QuantifierKind Kind, string Variable, TextSpan VariableSpan, Expr List, Expr Body) : Expr;

/// <summary><c>aantal(lijst)</c> or <c>aantal(v in lijst: voorwaarde)</c>.</summary>
public sealed record CountExpr(Expr List, string? Variable, TextSpan VariableSpan, Expr? Condition) : Expr;

/// <summary><c>oordeel(norm-id)</c>.</summary>
public sealed record VerdictOfExpr(string NormId, TextSpan NormIdSpan) : Expr;

/// <summary>A piece that parsed but is not valid (a bad date, a chained comparison); the binder reports it.</summary>
public sealed record InvalidExpr(IgjNormen.Diagnostics.DiagnosticDescriptor Descriptor, string Detail) : Expr;
