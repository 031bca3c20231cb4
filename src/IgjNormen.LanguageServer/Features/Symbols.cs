using IgjNormen.Model;
using IgjNormen.Syntax;
using IgjNormen.Text;

namespace IgjNormen.LanguageServer.Features;

/// <summary>What a name under the cursor refers to: a begrip, a field of a lijst-begrip, a norm or a kader.</summary>
internal abstract record SymbolRef;

internal sealed record FactRef(FactDefinition Fact) : SymbolRef;

internal sealed record FieldRef(FactDefinition List, FactDefinition Field) : SymbolRef;

internal sealed record NormRef(string Id) : SymbolRef;

internal sealed record KaderRef(string Id) : SymbolRef;

internal sealed record VariableRef(Variable Variable, Condition Condition) : SymbolRef;

/// <summary>Finds the uses of begrippen, fields and norm ids in the syntax trees of every toets.</summary>
internal static class SymbolUses
{
    /// <summary>Each use of the symbol in a toets or toepassing: the condition and the span in its text.</summary>
    public static IEnumerable<(Condition Condition, TextSpan Span)> InConditions(IEnumerable<Norm> norms, SymbolRef symbol)
    {
        foreach (var norm in norms)
        {
            foreach (var condition in norm.Conditions)
            {
                if (ToetsContext.SyntaxOf(condition) is not { } syntax)
                {
                    continue;
                }

                foreach (var span in Find(syntax, symbol, new Dictionary<string, string>(StringComparer.Ordinal)))
                {
                    yield return (condition, span);
                }
            }
        }
    }

    private static IEnumerable<TextSpan> Find(Expr expr, SymbolRef symbol, Dictionary<string, string> variables)
    {
        switch (expr)
        {
            case NameExpr name:
                foreach (var span in Match(name, symbol, variables))
                {
                    yield return span;
                }

                yield break;
            case VerdictOfExpr verdictOf:
                if (symbol is NormRef norm && verdictOf.NormId == norm.Id)
                {
                    yield return verdictOf.NormIdSpan;
                }

                yield break;
            case QuantifierExpr q:
                foreach (var span in Find(q.List, symbol, variables))
                {
                    yield return span;
                }

                foreach (var span in Scoped(q.Variable, q.List, q.Body, symbol, variables))
                {
                    yield return span;
                }

                yield break;
            case CountExpr c:
                foreach (var span in Find(c.List, symbol, variables))
                {
                    yield return span;
                }

                if (c.Variable is not null && c.Condition is not null)
                {
                    foreach (var span in Scoped(c.Variable, c.List, c.Condition, symbol, variables))
                    {
                        yield return span;
                    }
                }

                yield break;
        }

        foreach (var child in ExprTree.Children(expr))
        {
            foreach (var span in Find(child, symbol, variables))
            {
                yield return span;
            }
        }
    }

    private static IEnumerable<TextSpan> Scoped(string variable, Expr list, Expr body, SymbolRef symbol, Dictionary<string, string> variables)
    {
        var had = variables.TryGetValue(variable, out var previous);
        variables[variable] = list is NameExpr n ? n.FullName : string.Empty;
        var found = Find(body, symbol, variables).ToList();
        if (had)
        {
            variables[variable] = previous!;
        }
        else
        {
            variables.Remove(variable);
        }

        return found;
    }

    private static IEnumerable<TextSpan> Match(NameExpr name, SymbolRef symbol, Dictionary<string, string> variables)
    {
        if (variables.TryGetValue(name.Parts[0], out var list))
        {
            if (symbol is FieldRef field && name.Parts.Count >= 2 && list == field.List.Name && name.Parts[1] == field.Field.Name)
            {
                var start = name.Span.Start + name.Parts[0].Length + 1;
                yield return new TextSpan(start, name.Parts[1].Length);
            }

            yield break;
        }

        if (symbol is FactRef fact && name.FullName == fact.Fact.Name)
        {
            yield return name.Span;
        }
    }
}
