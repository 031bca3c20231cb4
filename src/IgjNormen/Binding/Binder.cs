using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Model;
using IgjNormen.Parsing;
using IgjNormen.Syntax;
using IgjNormen.Text;

namespace IgjNormen.Binding;

/// <summary>
/// Parses and type-checks a <see cref="Condition"/> against the begrippen and norms, and produces its bound tree.
/// All problems are reported as diagnostics at the exact place in the YAML file.
/// </summary>
public sealed class Binder
{
    private readonly IReadOnlyDictionary<string, FactDefinition> _facts;
    private readonly IReadOnlyDictionary<string, Norm> _norms;

    private HashSet<string>? _factsAndGroups;

    public Binder(IReadOnlyDictionary<string, FactDefinition> facts, IReadOnlyDictionary<string, Norm> norms)
    {
        _facts = facts;
        _norms = norms;
    }

    /// <summary>The begrip named by the parts of a dotted name, found without joining them into a new string.</summary>
    private FactDefinition? FindFact(IReadOnlyList<string> parts)
    {
        if (parts.Count == 1)
        {
            return _facts.TryGetValue(parts[0], out var single) ? single : null;
        }

        var length = parts.Count - 1;
        foreach (var part in parts)
        {
            length += part.Length;
        }

        if (length > 256 || _facts is not Dictionary<string, FactDefinition> dictionary
            || !dictionary.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
        {
            return _facts.TryGetValue(string.Join('.', parts), out var joined) ? joined : null;
        }

        Span<char> name = stackalloc char[length];
        var at = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                name[at++] = '.';
            }

            parts[i].AsSpan().CopyTo(name[at..]);
            at += parts[i].Length;
        }

        return lookup.TryGetValue(name, out var fact) ? fact : null;
    }

    /// <summary>Whether <paramref name="name"/> is a begrip or a dotted prefix of one ("klachten" of "klachten.lijst").</summary>
    private bool IsFactOrGroup(string name)
    {
        var set = Volatile.Read(ref _factsAndGroups);
        if (set is null)
        {
            // Made once per binder; binders are shared between threads, and a race only makes the same set twice.
            set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fact in _facts.Keys)
            {
                set.Add(fact);
                for (var dot = fact.IndexOf('.'); dot >= 0; dot = fact.IndexOf('.', dot + 1))
                {
                    set.Add(fact[..dot]);
                }
            }

            Volatile.Write(ref _factsAndGroups, set);
        }

        return set.Contains(name);
    }

    /// <summary>Parses and binds; sets <see cref="Condition.Syntax"/>, <see cref="Condition.Bound"/> and the references.</summary>
    /// <param name="condition">The expression.</param>
    /// <param name="what">"toets" or "toepassing", for messages.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public bool Bind(Condition condition, string what, DiagnosticBag diagnostics)
    {
        // The parse is kept on the condition: binding again (after a begrip changed) does not parse again.
        var parsed = condition.Parsed ??= ToetsParser.Parse(condition.Text);
        condition.Bound = null;
        if (!parsed.Success)
        {
            diagnostics.Add(parsed.Error!, condition.LocationOf(parsed.ErrorSpan), parsed.ErrorArgs);
            return false;
        }

        condition.Syntax = parsed.Expression;
        var scope = new Scope(this, condition, diagnostics, parsed.Expression!);
        var bound = scope.Bind(parsed.Expression!);
        if (!scope.HasErrors && bound.Type.Kind != TypeKind.Boolean && !bound.Type.IsError)
        {
            scope.Report(DiagnosticCodes.Types.NotACondition, parsed.Expression!.Span, what, bound.Type.Describe());
        }

        condition.Facts = scope.Facts;
        condition.ReferencedNorms = scope.Norms;
        if (scope.HasErrors)
        {
            return false;
        }

        condition.Bound = bound;
        return true;
    }

    private sealed class Scope
    {
        private readonly Binder _binder;
        private readonly Condition _condition;
        private readonly DiagnosticBag _diagnostics;
        private readonly List<BoundVariable> _variables = [];
        private readonly List<FactDefinition> _facts = [];
        private readonly Expr _root;
        private Dictionary<string, QuantifierKind?>? _allVariables;
        private List<Norm>? _norms;
        private int _nextLocal;

        public Scope(Binder binder, Condition condition, DiagnosticBag diagnostics, Expr root)
        {
            _binder = binder;
            _condition = condition;
            _diagnostics = diagnostics;
            _root = root;
        }

        public bool HasErrors { get; private set; }

        public IReadOnlyList<FactDefinition> Facts => _facts;

        public IReadOnlyList<Norm> Norms => _norms ?? (IReadOnlyList<Norm>)[];

        /// <summary>Every variable of the toets and its quantifier, for the message about a variable used outside it (made only then).</summary>
        private Dictionary<string, QuantifierKind?> AllVariables
        {
            get
            {
                if (_allVariables is null)
                {
                    _allVariables = [];
                    CollectVariables(_root);
                }

                return _allVariables;
            }
        }

        public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args)
        {
            HasErrors = true;
            _diagnostics.Add(descriptor, _condition.LocationOf(span), args);
        }

        private void CollectVariables(Expr expr)
        {
            switch (expr)
            {
                case QuantifierExpr q:
                    _allVariables!.TryAdd(q.Variable, q.Kind);
                    CollectVariables(q.List);
                    CollectVariables(q.Body);
                    break;
                case CountExpr c:
                    if (c.Variable is not null)
                    {
                        _allVariables!.TryAdd(c.Variable, null);
                    }

                    CollectVariables(c.List);
                    if (c.Condition is not null)
                    {
                        CollectVariables(c.Condition);
                    }

                    break;
                case NotExpr n: CollectVariables(n.Operand); break;
                case NegateExpr n: CollectVariables(n.Operand); break;
                case BinaryExpr b: CollectVariables(b.Left); CollectVariables(b.Right); break;
                case InExpr i: CollectVariables(i.Value); CollectVariables(i.List); break;
                case IsKnownExpr k: CollectVariables(k.Value); break;
                case BetweenExpr t: CollectVariables(t.Value); CollectVariables(t.Low); CollectVariables(t.High); break;
                case ListExpr l:
                    foreach (var item in l.Items)
                    {
                        CollectVariables(item);
                    }

                    break;
            }
        }

        private static BoundExpr ErrorNode(Expr expr) => new BoundLiteral(Value.Unknown, ToetsType.Error, expr.Span);

        public BoundExpr Bind(Expr expr)
        {
            switch (expr)
            {
                case BooleanLiteral b: return new BoundLiteral(Value.Boolean(b.Value), ToetsType.Boolean, expr.Span);
                case NumberLiteral n: return new BoundLiteral(Value.Number(n.Value), ToetsType.Number, expr.Span);
                case TextLiteral t: return new BoundLiteral(Value.Text(t.Value), ToetsType.Text, expr.Span);
                case DateLiteral d: return new BoundLiteral(Value.Date(d.Value), ToetsType.Date, expr.Span);
                case DateTimeLiteral d: return new BoundLiteral(Value.DateTime(d.Value), ToetsType.DateTime, expr.Span);
                case VerdictLiteral v: return new BoundLiteral(Value.Verdict(v.Value), ToetsType.Verdict, expr.Span);
                case PeildatumExpr: return new BoundPeildatum(expr.Span);
                case DurationLiteral:
                    Report(DiagnosticCodes.Types.InvalidDuration, expr.Span, "Een duur kan alleen bij een datum of tijdstip worden opgeteld of ervan worden afgetrokken ('d + 6 weken').");
                    return ErrorNode(expr);
                case InvalidExpr invalid:
                    Report(invalid.Descriptor, expr.Span, invalid.Detail);
                    return ErrorNode(expr);
                case NameExpr name: return BindName(name, asValue: true);
                case NotExpr not:
                    var negated = Expect(not.Operand, TypeKind.Boolean, "'niet'");
                    return negated.Type.IsError ? ErrorNode(expr) : new BoundNot(negated, expr.Span);
                case NegateExpr negate:
                    var operand = Expect(negate.Operand, TypeKind.Number, "'-'");
                    return operand.Type.IsError ? ErrorNode(expr) : new BoundNegate(operand, expr.Span);
                case BinaryExpr binary: return BindBinary(binary);
                case InExpr inExpr: return BindIn(inExpr);
                case IsKnownExpr isKnown: return BindIsKnown(isKnown);
                case BetweenExpr between: return BindBetween(between);
                case QuantifierExpr quantifier: return BindQuantifier(quantifier);
                case CountExpr count: return BindCount(count);
                case VerdictOfExpr verdictOf: return BindVerdictOf(verdictOf);
                case ListExpr list:
                    Report(DiagnosticCodes.Types.TypeMismatch, list.Span, "Een lijst tussen [ en ]", "'x in [ … ]'", "hier een losse waarde");
                    return ErrorNode(expr);
                default:
                    Report(DiagnosticCodes.Syntax.InvalidLiteral, expr.Span, "Deze uitdrukking wordt niet ondersteund.");
                    return ErrorNode(expr);
            }
        }

        private BoundExpr Expect(Expr expr, TypeKind kind, string context) => Check(Bind(expr), expr, kind, context);

        /// <summary>Reports a bound operand of the wrong type; an operand that already has an error is left alone.</summary>
        private BoundExpr Check(BoundExpr bound, Expr expr, TypeKind kind, string context)
        {
            if (!bound.Type.IsError && bound.Type.Kind != kind)
            {
                Report(DiagnosticCodes.Types.TypeMismatch, expr.Span, context, new ToetsType(kind).DescribeSimple(), bound.Type.Describe());
                return ErrorNode(expr);
            }

            return bound;
        }

        /// <summary>
        /// Binds both operands of an operator that needs <paramref name="kind"/> on each side. When either side has an
        /// error, the whole has one, so that one mistake is not reported again by the operators around it.
        /// </summary>
        private (BoundExpr Left, BoundExpr Right)? BindOperands(BinaryExpr binary, TypeKind kind, string context)
        {
            var left = Bind(binary.Left);
            var right = Bind(binary.Right);
            if (left.Type.IsError || right.Type.IsError)
            {
                return null;
            }

            left = Check(left, binary.Left, kind, context);
            right = Check(right, binary.Right, kind, context);
            return left.Type.IsError || right.Type.IsError ? null : (left, right);
        }

        private BoundExpr BindName(NameExpr name, bool asValue)
        {
            var first = name.Parts[0];
            BoundVariable? variable = null;
            for (var i = _variables.Count - 1; i >= 0; i--)
            {
                if (_variables[i].Name == first)
                {
                    variable = _variables[i];
                    break;
                }
            }

            if (variable is not null)
            {
                if (name.Parts.Count == 1)
                {
                    return variable;
                }

                var field = variable.List.FindField(name.Parts[1]);
                if (field is null)
                {
                    Report(DiagnosticCodes.Types.UnknownField, name.Span, $"{first} (element van {variable.List.Name})", name.Parts[1], Suggestions.Hint(name.Parts[1], variable.List.Fields.Select(f => f.Name)));
                    return ErrorNode(name);
                }

                if (name.Parts.Count > 2)
                {
                    Report(DiagnosticCodes.Types.UnknownField, name.Span, $"{first}.{name.Parts[1]}", name.Parts[2], string.Empty);
                    return ErrorNode(name);
                }

                return new BoundField(variable, field, name.Span);
            }

            if (_binder.FindFact(name.Parts) is { } fact)
            {
                if (!_facts.Contains(fact))
                {
                    _facts.Add(fact);
                }

                if (asValue && fact.Kind == FactKind.List)
                {
                    Report(DiagnosticCodes.Types.ListAsValue, name.Span, fact.Name);
                    return ErrorNode(name);
                }

                return new BoundFact(fact, name.Span);
            }

            var full = name.FullName;

            if (AllVariables.TryGetValue(first, out var kind))
            {
                var scope = kind switch
                {
                    QuantifierKind.Alle => $"het lichaam van 'alle {first} in …: …'",
                    QuantifierKind.Enige => $"het lichaam van 'enige {first} in …: …'",
                    QuantifierKind.Geen => $"het lichaam van 'geen {first} in …: …'",
                    _ => $"de voorwaarde van 'aantal({first} in …: …)'",
                };
                Report(DiagnosticCodes.Types.VariableOutOfScope, name.Span, first, scope);
                return ErrorNode(name);
            }

            // A field of a list begrip read directly ("klachten.lijst.datum"): point to the quantifier.
            for (var i = name.Parts.Count - 1; i > 0; i--)
            {
                var prefix = string.Join('.', name.Parts.Take(i));
                if (_binder._facts.TryGetValue(prefix, out var list) && list.Kind == FactKind.List)
                {
                    Report(DiagnosticCodes.Types.ListAsValue, name.Span, prefix);
                    return ErrorNode(name);
                }
            }

            Report(DiagnosticCodes.Types.UnknownFact, name.Span, full, Suggestions.Hint(full, _binder._facts.Keys));
            return ErrorNode(name);
        }

        private BoundExpr BindList(Expr expr)
        {
            if (expr is NameExpr name)
            {
                var bound = BindName(name, asValue: false);
                if (bound.Type.IsError || bound.Type.Kind == TypeKind.List)
                {
                    return bound;
                }

                Report(DiagnosticCodes.Types.TypeMismatch, expr.Span, "Hier", "een lijst-begrip", bound.Type.Describe());
                return ErrorNode(expr);
            }

            var other = Bind(expr);
            if (!other.Type.IsError)
            {
                Report(DiagnosticCodes.Types.TypeMismatch, expr.Span, "Hier", "een lijst-begrip", other.Type.Describe());
            }

            return ErrorNode(expr);
        }

        private BoundExpr BindBinary(BinaryExpr binary)
        {
            switch (binary.Operator)
            {
                case BinaryOperator.And:
                    return BindOperands(binary, TypeKind.Boolean, "'en'") is var (a, b) ? new BoundAnd(a, b, binary.Span) : ErrorNode(binary);
                case BinaryOperator.Or:
                    return BindOperands(binary, TypeKind.Boolean, "'of'") is var (l, r) ? new BoundOr(l, r, binary.Span) : ErrorNode(binary);
                case BinaryOperator.Add or BinaryOperator.Subtract when binary.Right is DurationLiteral duration:
                    return BindDateShift(binary, duration);
                case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide:
                    var symbol = binary.Operator switch { BinaryOperator.Add => "'+'", BinaryOperator.Subtract => "'-'", BinaryOperator.Multiply => "'*'", _ => "'/'" };
                    return BindOperands(binary, TypeKind.Number, symbol) is var (x, y) ? new BoundArithmetic(binary.Operator, x, y, binary.Span) : ErrorNode(binary);
                default:
                    return BindComparison(binary);
            }
        }

        private BoundExpr BindDateShift(BinaryExpr binary, DurationLiteral duration)
        {
            var operand = Bind(binary.Left);
            if (operand.Type.IsError)
            {
                return operand;
            }

            if (operand.Type.Kind is not (TypeKind.Date or TypeKind.DateTime))
            {
                Report(DiagnosticCodes.Types.InvalidDuration, binary.Span, $"Een duur kan alleen bij een datum of tijdstip worden opgeteld, niet bij {operand.Type.Describe()}.");
                return ErrorNode(binary);
            }

            if (operand.Type.Kind == TypeKind.Date && duration.Unit == DurationUnit.Uur)
            {
                Report(DiagnosticCodes.Types.InvalidDuration, duration.Span, "Een datum heeft geen uren: gebruik een tijdstip-begrip, of tel in dagen.");
                return ErrorNode(binary);
            }

            var amount = binary.Operator == BinaryOperator.Subtract ? -duration.Amount : duration.Amount;
            return new BoundDateShift(operand, amount, duration.Unit, binary.Span);
        }

        private BoundExpr BindComparison(BinaryExpr binary)
        {
            var left = Bind(binary.Left);
            var right = Bind(binary.Right);
            if (left.Type.IsError || right.Type.IsError)
            {
                return ErrorNode(binary);
            }

            var ordering = binary.Operator is not (BinaryOperator.Equal or BinaryOperator.NotEqual);
            if (!CheckComparable(left, right, binary.Span, ordering))
            {
                return ErrorNode(binary);
            }

            return new BoundComparison(binary.Operator, left, right, binary.Span);
        }

        /// <summary>Checks that two operands can be compared; a keuze against a text literal checks the value.</summary>
        private bool CheckComparable(BoundExpr left, BoundExpr right, TextSpan span, bool ordering)
        {
            var a = left.Type;
            var b = right.Type;
            if (ordering && a.Kind is (TypeKind.Choice or TypeKind.Text) && b.Kind is (TypeKind.Choice or TypeKind.Text))
            {
                Report(DiagnosticCodes.Types.TypeMismatch, span, "Groter/kleiner", "getallen, datums of tijdstippen", a.Describe());
                return false;
            }

            if (a.Kind == TypeKind.Choice && b.Kind == TypeKind.Text)
            {
                return CheckChoiceValue(a, right);
            }

            if (b.Kind == TypeKind.Choice && a.Kind == TypeKind.Text)
            {
                return CheckChoiceValue(b, left);
            }

            var same = a.Kind == b.Kind && (a.Kind != TypeKind.Choice || a.Definition!.Choices.SequenceEqual(b.Definition!.Choices));
            if (!same || a.Kind is TypeKind.List or TypeKind.Record)
            {
                Report(DiagnosticCodes.Types.IncomparableTypes, span, a.DescribeSimple(), b.DescribeSimple());
                return false;
            }

            if (ordering && a.Kind is not (TypeKind.Number or TypeKind.Date or TypeKind.DateTime))
            {
                Report(DiagnosticCodes.Types.TypeMismatch, span, "Groter/kleiner", "getallen, datums of tijdstippen", a.Describe());
                return false;
            }

            return true;
        }

        private bool CheckChoiceValue(ToetsType choice, BoundExpr text)
        {
            if (text is BoundLiteral { Value.Kind: ValueKind.Text } literal && !choice.Definition!.Choices.Contains(literal.Value.AsText))
            {
                Report(DiagnosticCodes.Types.UnknownChoice, text.Span, literal.Value.AsText, choice.Definition.Name, string.Join(", ", choice.Definition.Choices));
                return false;
            }

            return true;
        }

        private BoundExpr BindIn(InExpr inExpr)
        {
            var value = Bind(inExpr.Value);
            if (inExpr.List is not ListExpr list)
            {
                if (inExpr.List is NameExpr name && _binder._facts.TryGetValue(name.FullName, out var fact) && fact.Kind == FactKind.List)
                {
                    Report(DiagnosticCodes.Types.TypeMismatch, inExpr.List.Span, "'in'", "een lijst van waarden tussen [ en ]", $"het lijst-begrip {fact.Name}; gebruik 'enige v in {fact.Name}: …'");
                }
                else
                {
                    Report(DiagnosticCodes.Types.TypeMismatch, inExpr.List.Span, "'in'", "een lijst van waarden tussen [ en ]", "iets anders");
                }

                return ErrorNode(inExpr);
            }

            var items = new List<BoundExpr>();
            var ok = !value.Type.IsError;
            foreach (var item in list.Items)
            {
                var bound = Bind(item);
                if (bound.Type.IsError)
                {
                    ok = false;
                    continue;
                }

                if (ok && !CheckComparable(value, bound, item.Span, ordering: false))
                {
                    ok = false;
                }

                items.Add(bound);
            }

            return ok ? new BoundIn(value, items, inExpr.Negated, inExpr.Span) : ErrorNode(inExpr);
        }

        private BoundExpr BindIsKnown(IsKnownExpr isKnown)
        {
            var operand = isKnown.Value is NameExpr name ? BindName(name, asValue: false) : Bind(isKnown.Value);
            return operand.Type.IsError ? ErrorNode(isKnown) : new BoundIsKnown(operand, isKnown.Known, isKnown.Span);
        }

        private BoundExpr BindBetween(BetweenExpr between)
        {
            var value = Bind(between.Value);
            var low = Bind(between.Low);
            var high = Bind(between.High);
            if (value.Type.IsError || low.Type.IsError || high.Type.IsError)
            {
                return ErrorNode(between);
            }

            if (!CheckComparable(value, low, between.Span, ordering: true) || !CheckComparable(value, high, between.Span, ordering: true))
            {
                return ErrorNode(between);
            }

            return new BoundBetween(value, low, high, between.Span);
        }

        private BoundVariable? Declare(string name, TextSpan span, BoundExpr list)
        {
            if (_binder.IsFactOrGroup(name))
            {
                Report(DiagnosticCodes.Types.VariableShadows, span, name, "een begrip");
                return null;
            }

            if (InScope(name))
            {
                Report(DiagnosticCodes.Types.VariableShadows, span, name, "een variabele daarbuiten");
                return null;
            }

            if (_nextLocal >= EvaluationContext.MaxLocals)
            {
                Report(DiagnosticCodes.Syntax.TooComplex, span, $"ingewikkeld (meer dan {EvaluationContext.MaxLocals} geneste variabelen)");
                return null;
            }

            return new BoundVariable(name, _nextLocal++, list.Type.Definition!, span);
        }

        private bool InScope(string name)
        {
            foreach (var variable in _variables)
            {
                if (variable.Name == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Ends a variable's scope. Scopes nest, so its slot is the last one taken and a sibling quantifier can use it
        /// again: the limit is on variables in scope at once, not on quantifiers in a toets.
        /// </summary>
        private void Release(BoundVariable variable)
        {
            _variables.Remove(variable);
            _nextLocal = variable.Local;
        }

        private BoundExpr BindQuantifier(QuantifierExpr quantifier)
        {
            var list = BindList(quantifier.List);
            if (list.Type.IsError)
            {
                return ErrorNode(quantifier);
            }

            var variable = Declare(quantifier.Variable, quantifier.VariableSpan, list);
            if (variable is null)
            {
                return ErrorNode(quantifier);
            }

            _variables.Add(variable);
            var context = quantifier.Kind switch
            {
                QuantifierKind.Alle => "Het lichaam van 'alle'",
                QuantifierKind.Enige => "Het lichaam van 'enige'",
                QuantifierKind.Geen => "Het lichaam van 'geen'",
                _ => $"Het lichaam van '{quantifier.Kind.ToString().ToLowerInvariant()}'",
            };
            var body = Expect(quantifier.Body, TypeKind.Boolean, context);
            Release(variable);
            return body.Type.IsError ? ErrorNode(quantifier) : new BoundQuantifier(quantifier.Kind, list, variable, body, quantifier.Span);
        }

        private BoundExpr BindCount(CountExpr count)
        {
            var list = BindList(count.List);
            if (list.Type.IsError)
            {
                return ErrorNode(count);
            }

            if (count.Variable is null || count.Condition is null)
            {
                return new BoundCount(list, null, null, count.Span);
            }

            var variable = Declare(count.Variable, count.VariableSpan, list);
            if (variable is null)
            {
                return ErrorNode(count);
            }

            _variables.Add(variable);
            var condition = Expect(count.Condition, TypeKind.Boolean, "De voorwaarde van 'aantal'");
            Release(variable);
            return condition.Type.IsError ? ErrorNode(count) : new BoundCount(list, variable, condition, count.Span);
        }

        private BoundExpr BindVerdictOf(VerdictOfExpr verdictOf)
        {
            if (!_binder._norms.TryGetValue(verdictOf.NormId, out var norm))
            {
                Report(DiagnosticCodes.Types.UnknownNorm, verdictOf.NormIdSpan, verdictOf.NormId, Suggestions.Hint(verdictOf.NormId, _binder._norms.Keys));
                return ErrorNode(verdictOf);
            }

            _norms ??= [];
            if (!_norms.Contains(norm))
            {
                _norms.Add(norm);
            }

            return new BoundVerdictOf(norm, verdictOf.Span);
        }
    }
}
