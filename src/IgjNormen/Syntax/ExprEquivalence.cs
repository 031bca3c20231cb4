namespace IgjNormen.Syntax;

/// <summary>
/// Structural equality of toets trees, ignoring spans: two texts that differ only in layout, keyword case or redundant
/// parentheses have equivalent trees. Used by <c>fmt</c> (the formatted text must mean the same) and by <c>diff</c>
/// (a re-formatted toets is no change).
/// </summary>
public static class ExprEquivalence
{
    public static bool AreEquivalent(Expr? a, Expr? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.GetType() != b.GetType())
        {
            return false;
        }

        return (a, b) switch
        {
            (BooleanLiteral x, BooleanLiteral y) => x.Value == y.Value,
            (NumberLiteral x, NumberLiteral y) => x.Value == y.Value,
            (TextLiteral x, TextLiteral y) => string.Equals(x.Value, y.Value, StringComparison.Ordinal),
            (DateLiteral x, DateLiteral y) => x.Value == y.Value,
            (DateTimeLiteral x, DateTimeLiteral y) => x.Value == y.Value,
            (DurationLiteral x, DurationLiteral y) => x.Amount == y.Amount && x.Unit == y.Unit,
            (VerdictLiteral x, VerdictLiteral y) => x.Value == y.Value,
            (PeildatumExpr, PeildatumExpr) => true,
            (NameExpr x, NameExpr y) => x.Parts.SequenceEqual(y.Parts, StringComparer.Ordinal),
            (NotExpr x, NotExpr y) => AreEquivalent(x.Operand, y.Operand),
            (NegateExpr x, NegateExpr y) => AreEquivalent(x.Operand, y.Operand),
            (BinaryExpr x, BinaryExpr y) => x.Operator == y.Operator && AreEquivalent(x.Left, y.Left) && AreEquivalent(x.Right, y.Right),
            (InExpr x, InExpr y) => x.Negated == y.Negated && AreEquivalent(x.Value, y.Value) && AreEquivalent(x.List, y.List),
            (IsKnownExpr x, IsKnownExpr y) => x.Known == y.Known && AreEquivalent(x.Value, y.Value),
            (BetweenExpr x, BetweenExpr y) => AreEquivalent(x.Value, y.Value) && AreEquivalent(x.Low, y.Low) && AreEquivalent(x.High, y.High),
            (ListExpr x, ListExpr y) => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(p => AreEquivalent(p.First, p.Second)),
            (QuantifierExpr x, QuantifierExpr y) => x.Kind == y.Kind && x.Variable == y.Variable && AreEquivalent(x.List, y.List) && AreEquivalent(x.Body, y.Body),
            (CountExpr x, CountExpr y) => x.Variable == y.Variable && AreEquivalent(x.List, y.List) && AreEquivalent(x.Condition, y.Condition),
            (VerdictOfExpr x, VerdictOfExpr y) => string.Equals(x.NormId, y.NormId, StringComparison.Ordinal),
            (InvalidExpr x, InvalidExpr y) => x.Descriptor.Code == y.Descriptor.Code && x.Detail == y.Detail,
            _ => false,
        };
    }
}
