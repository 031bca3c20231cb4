using System.Linq.Expressions;
using System.Reflection;
using IgjNormen.Binding;
using IgjNormen.Model;
using IgjNormen.Syntax;
using static IgjNormen.Evaluation.CompiledOps;

namespace IgjNormen.Evaluation;

/// <summary>
/// Compiles a bound toets or toepassing to a delegate (System.Linq.Expressions): typed values instead of
/// <see cref="Value"/>, quantifier variables in locals instead of the context, no virtual calls, and the whole toets in
/// one method the JIT can optimise. The compiled form evaluates the same sub-expressions in the same order as the
/// bound tree's <c>Evaluate</c> and tells the recorder the same things, so results and explanations are identical;
/// see <see cref="CompiledOps"/> for the representations. Returns 0 (nee), 1 (ja) or 2 (onbekend).
/// </summary>
internal static class ToetsCompiler
{
    public static Func<EvaluationContext, int> Compile(BoundExpr condition)
    {
        var context = Expression.Parameter(typeof(EvaluationContext), "context");
        var body = new Emitter(context).Emit(condition);
        return Expression.Lambda<Func<EvaluationContext, int>>(body, context).Compile();
    }

    private static MethodInfo Op(string name) => typeof(CompiledOps).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;

    private static readonly Expression FalseValue = Expression.Constant(False);
    private static readonly Expression TrueValue = Expression.Constant(True);
    private static readonly Expression UnknownValue = Expression.Constant(Unknown);

    private sealed class Emitter(ParameterExpression context)
    {
        private readonly Dictionary<BoundVariable, (ParameterExpression Record, ParameterExpression Position)> _variables = [];

        public Expression Emit(BoundExpr node) => node switch
        {
            BoundLiteral literal => Literal(literal),
            BoundFact fact => Fact(fact),
            BoundField field => Field(field),
            BoundVariable variable => _variables[variable].Record,
            BoundPeildatum => Expression.Property(Expression.Property(context, nameof(EvaluationContext.Peildatum)), nameof(DateOnly.DayNumber)),
            BoundVerdictOf verdictOf => Expression.Call(Op(nameof(VerdictOf)), context, Expression.Constant(verdictOf.Norm.Index)),
            BoundNot not => Expression.Call(Op(nameof(Not)), Emit(not.Operand)),
            BoundAnd and => Logic(and.Left, and.Right, stopOn: False),
            BoundOr or => Logic(or.Left, or.Right, stopOn: True),
            BoundIsKnown isKnown => IsKnown(isKnown),
            BoundComparison comparison => Comparison(comparison),
            BoundIn @in => In(@in),
            BoundBetween between => Between(between),
            BoundArithmetic arithmetic => Expression.Call(Op(nameof(Arithmetic)), Expression.Constant(arithmetic.Operator), Emit(arithmetic.Left), Emit(arithmetic.Right), context),
            BoundNegate negate => Expression.Call(Op(nameof(Negate)), Emit(negate.Operand)),
            BoundDateShift shift => Expression.Call(
                Op(shift.Type.Kind == TypeKind.Date ? nameof(ShiftDate) : nameof(ShiftMoment)),
                Emit(shift.Operand), Expression.Constant(shift.Amount), Expression.Constant(shift.Unit), context),
            BoundQuantifier quantifier => Quantifier(quantifier),
            BoundCount count => Count(count),
            _ => throw new NotSupportedException($"Kan {node.GetType().Name} niet compileren."),
        };

        private static Type ClrType(ToetsType type) => type.Kind switch
        {
            TypeKind.Boolean or TypeKind.Date or TypeKind.Verdict => typeof(int),
            TypeKind.Number => typeof(decimal?),
            TypeKind.Text or TypeKind.Choice => typeof(string),
            TypeKind.DateTime => typeof(long),
            TypeKind.List => typeof(Value[][]),
            TypeKind.Record => typeof(Value[]),
            _ => throw new NotSupportedException($"Kan het type {type.Kind} niet compileren."),
        };

        /// <summary>Whether a value of <paramref name="type"/> is onbekend.</summary>
        private static Expression IsUnknown(Expression value, ToetsType type) => type.Kind switch
        {
            TypeKind.Boolean => Expression.Equal(value, UnknownValue),
            TypeKind.Date => Expression.Equal(value, Expression.Constant(NoDate)),
            TypeKind.Verdict => Expression.LessThan(value, Expression.Constant(0)),
            TypeKind.DateTime => Expression.Equal(value, Expression.Constant(NoMoment)),
            TypeKind.Number => Expression.Not(Expression.Property(value, nameof(Nullable<decimal>.HasValue))),
            TypeKind.Record => Expression.Constant(false),
            _ => Expression.Equal(value, Expression.Constant(null, value.Type)),
        };

        private static Expression Literal(BoundLiteral literal)
        {
            var value = literal.Value;
            return literal.Type.Kind switch
            {
                TypeKind.Boolean => value.IsUnknown ? UnknownValue : Expression.Constant(value.AsBoolean ? True : False),
                TypeKind.Number => Expression.Constant(value.IsUnknown ? null : (decimal?)value.AsNumber, typeof(decimal?)),
                TypeKind.Text or TypeKind.Choice => Expression.Constant(value.IsUnknown ? null : value.AsText, typeof(string)),
                TypeKind.Date => Expression.Constant(value.IsUnknown ? NoDate : value.DayNumber),
                TypeKind.DateTime => Expression.Constant(value.IsUnknown ? NoMoment : value.Ticks),
                TypeKind.Verdict => Expression.Constant(value.IsUnknown ? -1 : (int)value.AsVerdict),
                _ => throw new NotSupportedException($"Kan een waarde van het type {literal.Type.Kind} niet compileren."),
            };
        }

        private Expression Fact(BoundFact fact)
        {
            var name = fact.Fact.Kind switch
            {
                FactKind.Boolean => nameof(FactBool),
                FactKind.Number => nameof(FactNumber),
                FactKind.Text or FactKind.Choice => nameof(FactText),
                FactKind.Date => nameof(FactDate),
                FactKind.DateTime => nameof(FactMoment),
                _ => nameof(FactList),
            };
            return Expression.Call(Op(name), context, Expression.Constant(fact.Fact.Index), Expression.Constant(fact.Fact));
        }

        private Expression Field(BoundField field)
        {
            var name = field.Field.Kind switch
            {
                FactKind.Boolean => nameof(FieldBool),
                FactKind.Number => nameof(FieldNumber),
                FactKind.Text or FactKind.Choice => nameof(FieldText),
                FactKind.Date => nameof(FieldDate),
                FactKind.DateTime => nameof(FieldMoment),
                _ => throw new NotSupportedException("Een veld dat zelf een lijst is, kan niet gecompileerd worden."),
            };
            var (record, position) = _variables[field.Variable];
            return Expression.Call(
                Op(name), context, record, Expression.Constant(field.Field.Index), position,
                Expression.Constant(field.Variable.List), Expression.Constant(field.Field));
        }

        /// <summary>Kleene en (stop on nee) and of (stop on ja); the right side runs unless the left decided.</summary>
        private Expression Logic(BoundExpr leftNode, BoundExpr rightNode, int stopOn)
        {
            var left = Expression.Variable(typeof(int), "left");
            var right = Expression.Variable(typeof(int), "right");
            var stop = Expression.Constant(stopOn);
            return Expression.Block(
                [left, right],
                Expression.Assign(left, Emit(leftNode)),
                Expression.Condition(
                    Expression.Equal(left, stop),
                    stop,
                    Expression.Block(
                        Expression.Assign(right, Emit(rightNode)),
                        Expression.Condition(
                            Expression.Equal(right, stop),
                            stop,
                            Expression.Condition(
                                Expression.OrElse(Expression.Equal(left, UnknownValue), Expression.Equal(right, UnknownValue)),
                                UnknownValue,
                                Expression.Constant(stopOn == False ? True : False))))));
        }

        private Expression IsKnown(BoundIsKnown isKnown)
        {
            Expression known = isKnown.Operand switch
            {
                BoundFact fact => Expression.Call(Op(nameof(FactKnown)), context, Expression.Constant(fact.Fact.Index)),
                BoundField field => Expression.Call(Op(nameof(FieldKnown)), _variables[field.Variable].Record, Expression.Constant(field.Field.Index)),
                var other => Expression.Not(IsUnknown(Emit(other), other.Type)),
            };
            return Expression.Condition(isKnown.Known ? known : Expression.Not(known), TrueValue, FalseValue);
        }

        /// <summary>Both sides always run (left first); onbekend on either side is onbekend.</summary>
        private Expression Comparison(BoundComparison comparison)
        {
            var type = comparison.Left.Type;
            var left = Expression.Variable(ClrType(type), "left");
            var right = Expression.Variable(ClrType(comparison.Right.Type), "right");
            return Expression.Block(
                [left, right],
                Expression.Assign(left, Emit(comparison.Left)),
                Expression.Assign(right, Emit(comparison.Right)),
                Expression.Condition(
                    Expression.OrElse(IsUnknown(left, comparison.Left.Type), IsUnknown(right, comparison.Right.Type)),
                    UnknownValue,
                    Expression.Condition(Compare(comparison.Operator, left, right, type), TrueValue, FalseValue)));
        }

        private static Expression Known(Expression value) => value.Type == typeof(decimal?) ? Expression.Property(value, nameof(Nullable<decimal>.Value)) : value;

        private static Expression Compare(BinaryOperator op, Expression left, Expression right, ToetsType type)
        {
            var a = Known(left);
            var b = Known(right);
            if (type.Kind is TypeKind.Text or TypeKind.Choice)
            {
                var equal = Expression.Call(typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string)])!, a, b);
                return op == BinaryOperator.NotEqual ? Expression.Not(equal) : equal;
            }

            return op switch
            {
                BinaryOperator.Equal => Expression.Equal(a, b),
                BinaryOperator.NotEqual => Expression.NotEqual(a, b),
                BinaryOperator.Less => Expression.LessThan(a, b),
                BinaryOperator.LessOrEqual => Expression.LessThanOrEqual(a, b),
                BinaryOperator.Greater => Expression.GreaterThan(a, b),
                _ => Expression.GreaterThanOrEqual(a, b),
            };
        }

        /// <summary><c>x in [a, b]</c>: x first (onbekend: done); then each item in turn until one is equal.</summary>
        private Expression In(BoundIn @in)
        {
            var type = @in.Operand.Type;
            var value = Expression.Variable(ClrType(type), "value");
            var unknown = Expression.Variable(typeof(bool), "unknown");
            var done = Expression.Label(typeof(int), "done");
            var body = new List<Expression>
            {
                Expression.Assign(value, Emit(@in.Operand)),
                Expression.IfThen(IsUnknown(value, type), Expression.Return(done, UnknownValue)),
                Expression.Assign(unknown, Expression.Constant(false)),
            };
            var variables = new List<ParameterExpression> { value, unknown };
            foreach (var item in @in.Items)
            {
                var candidate = Expression.Variable(ClrType(item.Type), "candidate");
                variables.Add(candidate);
                body.Add(Expression.Assign(candidate, Emit(item)));
                body.Add(Expression.IfThenElse(
                    IsUnknown(candidate, item.Type),
                    Expression.Assign(unknown, Expression.Constant(true)),
                    Expression.IfThen(Compare(BinaryOperator.Equal, candidate, value, type), Expression.Return(done, @in.Negated ? FalseValue : TrueValue))));
            }

            body.Add(Expression.Label(done, Expression.Condition(unknown, UnknownValue, @in.Negated ? TrueValue : FalseValue)));
            return Expression.Block(variables, body);
        }

        private Expression Between(BoundBetween between)
        {
            var type = between.Operand.Type;
            var value = Expression.Variable(ClrType(type), "value");
            var low = Expression.Variable(ClrType(between.Low.Type), "low");
            var high = Expression.Variable(ClrType(between.High.Type), "high");
            return Expression.Block(
                [value, low, high],
                Expression.Assign(value, Emit(between.Operand)),
                Expression.Assign(low, Emit(between.Low)),
                Expression.Assign(high, Emit(between.High)),
                Expression.Condition(
                    Expression.OrElse(IsUnknown(value, type), Expression.OrElse(IsUnknown(low, between.Low.Type), IsUnknown(high, between.High.Type))),
                    UnknownValue,
                    Expression.Condition(
                        Expression.AndAlso(Compare(BinaryOperator.LessOrEqual, low, value, type), Compare(BinaryOperator.LessOrEqual, value, high, type)),
                        TrueValue,
                        FalseValue)));
        }

        /// <summary>
        /// alle/enige/geen: alle looks for an element where the body is not ja, enige and geen for one where it is ja;
        /// an onbekend body is remembered and the search goes on.
        /// </summary>
        private Expression Quantifier(BoundQuantifier quantifier)
        {
            var list = Expression.Variable(typeof(Value[][]), "list");
            var index = Expression.Variable(typeof(int), "index");
            var record = Expression.Variable(typeof(Value[]), quantifier.Variable.Name);
            var result = Expression.Variable(typeof(int), "result");
            var unknown = Expression.Variable(typeof(bool), "unknown");
            var done = Expression.Label(typeof(int), "done");
            var next = Expression.Label("next");
            _variables[quantifier.Variable] = (record, index);
            var body = Emit(quantifier.Body);
            _variables.Remove(quantifier.Variable);
            var lookFor = Expression.Constant(quantifier.Kind == QuantifierKind.Alle ? False : True);
            var found = quantifier.Kind == QuantifierKind.Enige ? TrueValue : FalseValue;
            var exhausted = quantifier.Kind == QuantifierKind.Enige ? FalseValue : TrueValue;
            return Expression.Block(
                [list, index, record, result, unknown],
                Expression.Assign(list, Emit(quantifier.List)),
                Expression.IfThen(Expression.Equal(list, Expression.Constant(null, typeof(Value[][]))), Expression.Return(done, UnknownValue)),
                Expression.Assign(index, Expression.Constant(0)),
                Expression.Assign(unknown, Expression.Constant(false)),
                Expression.Loop(
                    Expression.Block(
                        Expression.IfThen(Expression.GreaterThanOrEqual(index, Expression.ArrayLength(list)), Expression.Break(next)),
                        Expression.Assign(record, Expression.ArrayIndex(list, index)),
                        Expression.Assign(result, body),
                        Expression.IfThenElse(
                            Expression.Equal(result, UnknownValue),
                            Expression.Assign(unknown, Expression.Constant(true)),
                            Expression.IfThen(
                                Expression.Equal(result, lookFor),
                                Expression.Block(
                                    Expression.Call(Op(nameof(Witness)), context, Expression.Constant(quantifier.Variable.List), index),
                                    Expression.Return(done, found)))),
                        Expression.PreIncrementAssign(index)),
                    next),
                Expression.Label(done, Expression.Condition(unknown, UnknownValue, exhausted)));
        }

        /// <summary>aantal(lijst) or aantal(v in lijst: voorwaarde): onbekend as soon as a voorwaarde is.</summary>
        private Expression Count(BoundCount count)
        {
            var list = Expression.Variable(typeof(Value[][]), "list");
            var done = Expression.Label(typeof(decimal?), "done");
            var noNumber = Expression.Constant(null, typeof(decimal?));
            var start = new List<Expression>
            {
                Expression.Assign(list, Emit(count.List)),
                Expression.IfThen(Expression.Equal(list, Expression.Constant(null, typeof(Value[][]))), Expression.Return(done, noNumber)),
            };
            if (count.Condition is null || count.Variable is null)
            {
                start.Add(Expression.Label(done, Expression.Convert(Expression.Convert(Expression.ArrayLength(list), typeof(decimal)), typeof(decimal?))));
                return Expression.Block([list], start);
            }

            var index = Expression.Variable(typeof(int), "index");
            var record = Expression.Variable(typeof(Value[]), count.Variable.Name);
            var result = Expression.Variable(typeof(int), "result");
            var counted = Expression.Variable(typeof(int), "counted");
            var next = Expression.Label("next");
            _variables[count.Variable] = (record, index);
            var body = Emit(count.Condition);
            _variables.Remove(count.Variable);
            start.Add(Expression.Assign(index, Expression.Constant(0)));
            start.Add(Expression.Assign(counted, Expression.Constant(0)));
            start.Add(Expression.Loop(
                Expression.Block(
                    Expression.IfThen(Expression.GreaterThanOrEqual(index, Expression.ArrayLength(list)), Expression.Break(next)),
                    Expression.Assign(record, Expression.ArrayIndex(list, index)),
                    Expression.Assign(result, body),
                    Expression.IfThen(Expression.Equal(result, UnknownValue), Expression.Return(done, noNumber)),
                    Expression.IfThen(Expression.Equal(result, TrueValue), Expression.PreIncrementAssign(counted)),
                    Expression.PreIncrementAssign(index)),
                next));
            start.Add(Expression.Label(done, Expression.Convert(Expression.Convert(counted, typeof(decimal)), typeof(decimal?))));
            return Expression.Block([list, index, record, result, counted], start);
        }
    }
}
