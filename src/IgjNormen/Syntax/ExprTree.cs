namespace IgjNormen.Syntax;

/// <summary>Walking a toets tree: the direct children of a node, and all nodes below it.</summary>
public static class ExprTree
{
    /// <summary>The direct sub-expressions of <paramref name="expr"/>, left to right.</summary>
    public static IReadOnlyList<Expr> Children(Expr expr) => expr switch
    {
        NotExpr n => [n.Operand],
        NegateExpr n => [n.Operand],
        BinaryExpr b => [b.Left, b.Right],
        InExpr i => [i.Value, i.List],
        IsKnownExpr k => [k.Value],
        BetweenExpr t => [t.Value, t.Low, t.High],
        ListExpr l => l.Items,
        QuantifierExpr q => [q.List, q.Body],
        CountExpr { Condition: { } condition } c => [c.List, condition],
        CountExpr c => [c.List],
        _ => [],
    };

    /// <summary><paramref name="expr"/> and every node below it, depth-first (without recursion: any depth is safe).</summary>
    public static IEnumerable<Expr> Descendants(Expr expr)
    {
        var stack = new Stack<Expr>();
        stack.Push(expr);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            var children = Children(current);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }
}
