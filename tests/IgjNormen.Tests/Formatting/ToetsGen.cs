using System.Globalization;
using System.Text;
using CsCheck;
using IgjNormen.Model;
using IgjNormen.Syntax;

namespace IgjNormen.Tests.Formatting;

/// <summary>
/// Generators for property tests: random toets trees (syntactically valid, not necessarily well typed), and a
/// "noisy" printer that writes a tree fully parenthesized, with random keyword case and random whitespace, so the
/// formatter sees text that is far from canonical.
/// </summary>
internal static class ToetsGen
{
    private static readonly string[] FirstParts = ["a", "b", "x", "klachten", "aanbieder", "k", "v"];
    private static readonly string[] LaterParts = ["regeling", "aantal", "in", "besluit_op", "x1", "datum"];
    private static readonly string[] NormIds = ["wkkgz.klachtenregeling", "a-b_c.d", "n1"];
    private static readonly string[] Variables = ["k", "v", "c", "element"];

    public static Gen<string> Text(bool newlines) =>
        Gen.Char[newlines ? "ab é\"\\#:'-\n" : "ab é\"\\#:'-"].Array[0, 8].Select(chars => new string(chars));

    private static readonly Gen<Expr> Name =
        Gen.Select(Gen.OneOf(FirstParts), Gen.OneOf(LaterParts).Array[0, 2], (first, rest) => (Expr)new NameExpr([first, .. rest]));

    private static Gen<Expr> Leaf(bool newlines) => Gen.Frequency<Expr>(
        (1, Gen.Bool.Select(b => (Expr)new BooleanLiteral(b))),
        (2, Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, 3], (n, scale) => (Expr)new NumberLiteral(new decimal(n, 0, 0, false, (byte)scale)))),
        (1, Text(newlines).Select(t => (Expr)new TextLiteral(t))),
        (1, Gen.Int[0, 20_000].Select(d => (Expr)new DateLiteral(new DateOnly(2000, 1, 1).AddDays(d)))),
        (1, Gen.Select(Gen.Int[0, 20_000], Gen.Int[0, 23], Gen.Int[0, 59], (d, h, m) => (Expr)new DateTimeLiteral(new DateTime(2000, 1, 1).AddDays(d).AddHours(h).AddMinutes(m)))),
        (1, Gen.Select(Gen.Int[0, 400], Gen.Enum<DurationUnit>(), (n, u) => (Expr)new DurationLiteral(n, u))),
        (1, Gen.Enum<Oordeel>().Select(o => (Expr)new VerdictLiteral(o))),
        (1, Gen.Const<Expr>(() => new PeildatumExpr())),
        (4, Name),
        (1, Gen.OneOf(NormIds).Select(id => (Expr)new VerdictOfExpr(id, default))));

    public static Gen<Expr> Expr(bool newlines = false) => Gen.Recursive<Expr>((depth, self) =>
        depth >= 4
            ? Leaf(newlines)
            : Gen.Frequency<Expr>(
                (4, Leaf(newlines)),
                (6, Gen.Select(Gen.Enum<BinaryOperator>(), self, self, (op, l, r) => (Expr)new BinaryExpr(op, l, r))),
                (1, self.Select(e => (Expr)new NotExpr(e))),
                (1, self.Select(e => (Expr)new NegateExpr(e))),
                (1, Gen.Select(self, self, Gen.Bool, (v, l, n) => (Expr)new InExpr(v, l, n))),
                (1, Gen.Select(self, Gen.Bool, (v, k) => (Expr)new IsKnownExpr(v, k))),
                (1, Gen.Select(self, self, self, (v, lo, hi) => (Expr)new BetweenExpr(v, lo, hi))),
                (1, self.Array[0, 3].Select(items => (Expr)new ListExpr(items))),
                (2, Gen.Select(Gen.Enum<QuantifierKind>(), Gen.OneOf(Variables), self, self, (k, v, l, b) => (Expr)new QuantifierExpr(k, v, default, l, b))),
                // 'aantal(v in lijst)' without a condition is no valid toets (the parser asks for the ':').
                (1, self.Where(l => l is not InExpr { Negated: false, Value: NameExpr { Parts.Count: 1 } }).Select(l => (Expr)new CountExpr(l, null, default, null))),
                (1, Gen.Select(Gen.OneOf(Variables), self, self, (v, l, c) => (Expr)new CountExpr(l, v, default, c)))));

    /// <summary>The tree fully parenthesized, keywords in random case, random whitespace between tokens.</summary>
    public static string Noisy(Expr expr, int seed, bool newlines = true)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        Write(expr);
        return text.ToString();

        string Space() => random.Next(6) switch
        {
            0 => string.Empty,
            1 => "  ",
            2 when newlines => "\n",
            3 when newlines => " \n  ",
            _ => " ",
        };

        string Word(string word) => random.Next(3) switch
        {
            0 => word.ToUpperInvariant(),
            1 => char.ToUpperInvariant(word[0]) + word[1..],
            _ => word,
        };

        // Between two words a space is required; around symbols it is optional.
        void Gap() => text.Append(Space() is { Length: > 0 } s ? s : " ");

        void Open()
        {
            text.Append('(').Append(Space());
        }

        void Close()
        {
            text.Append(Space()).Append(')');
        }

        void Write(Expr e)
        {
            switch (e)
            {
                case BinaryExpr b:
                    Open();
                    Write(b.Left);
                    Gap();
                    text.Append(b.Operator switch
                    {
                        BinaryOperator.Or => Word("of"),
                        BinaryOperator.And => Word("en"),
                        BinaryOperator.Equal => "=",
                        BinaryOperator.NotEqual => "!=",
                        BinaryOperator.Less => "<",
                        BinaryOperator.LessOrEqual => "<=",
                        BinaryOperator.Greater => ">",
                        BinaryOperator.GreaterOrEqual => ">=",
                        BinaryOperator.Add => "+",
                        BinaryOperator.Subtract => "-",
                        BinaryOperator.Multiply => "*",
                        _ => "/",
                    });
                    Gap();
                    Write(b.Right);
                    Close();
                    break;
                case NotExpr n:
                    Open();
                    text.Append(Word("niet"));
                    Gap();
                    Write(n.Operand);
                    Close();
                    break;
                case NegateExpr n:
                    Open();
                    text.Append('-').Append(Space());
                    Write(n.Operand);
                    Close();
                    break;
                case InExpr i:
                    Open();
                    Write(i.Value);
                    Gap();
                    if (i.Negated)
                    {
                        text.Append(Word("niet"));
                        Gap();
                    }

                    text.Append(Word("in"));
                    Gap();
                    Write(i.List);
                    Close();
                    break;
                case IsKnownExpr k:
                    Open();
                    Write(k.Value);
                    Gap();
                    text.Append(Word("is"));
                    Gap();
                    if (random.Next(2) == 0)
                    {
                        text.Append(Word(k.Known ? "bekend" : "onbekend"));
                    }
                    else
                    {
                        text.Append(Word("niet"));
                        Gap();
                        text.Append(Word(k.Known ? "onbekend" : "bekend"));
                    }

                    Close();
                    break;
                case BetweenExpr t:
                    Open();
                    Write(t.Value);
                    Gap();
                    text.Append(Word("tussen"));
                    Gap();
                    Write(t.Low);
                    Gap();
                    text.Append(Word("en"));
                    Gap();
                    Write(t.High);
                    Close();
                    break;
                case ListExpr l:
                    text.Append('[').Append(Space());
                    for (var i = 0; i < l.Items.Count; i++)
                    {
                        if (i > 0)
                        {
                            text.Append(Space()).Append(',').Append(Space());
                        }

                        Write(l.Items[i]);
                    }

                    text.Append(Space()).Append(']');
                    break;
                case QuantifierExpr q:
                    Open();
                    text.Append(Word(q.Kind.ToString().ToLowerInvariant()));
                    Gap();
                    text.Append(q.Variable);
                    Gap();
                    text.Append(Word("in"));
                    Gap();
                    Write(q.List);
                    text.Append(Space()).Append(':').Append(Space());
                    Write(q.Body);
                    Close();
                    break;
                case CountExpr { Variable: { } variable } c:
                    text.Append(Word("aantal")).Append(Space()).Append('(').Append(Space());
                    text.Append(variable);
                    Gap();
                    text.Append(Word("in"));
                    Gap();
                    Write(c.List);
                    text.Append(Space()).Append(':').Append(Space());
                    Write(c.Condition!);
                    text.Append(Space()).Append(')');
                    break;
                case CountExpr c:
                    text.Append(Word("aantal")).Append(Space()).Append('(').Append(Space());
                    Write(c.List);
                    text.Append(Space()).Append(')');
                    break;
                case VerdictOfExpr v:
                    text.Append(Word("oordeel")).Append(Space()).Append('(').Append(Space()).Append(v.NormId).Append(Space()).Append(')');
                    break;
                case BooleanLiteral b:
                    text.Append(Word(b.Value ? "ja" : "nee"));
                    break;
                case NumberLiteral n:
                    text.Append(n.Value.ToString(CultureInfo.InvariantCulture));
                    break;
                case TextLiteral t:
                    text.Append('"').Append(t.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                    break;
                case DateLiteral d:
                    text.Append(d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                case DateTimeLiteral d:
                    text.Append(d.Value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
                    break;
                case DurationLiteral d:
                    text.Append(d.Amount.ToString(CultureInfo.InvariantCulture));
                    Gap();
                    text.Append(Word(d.Unit switch
                    {
                        DurationUnit.Uur => random.Next(2) == 0 ? "uur" : "uren",
                        DurationUnit.Dag => random.Next(2) == 0 ? "dag" : "dagen",
                        DurationUnit.Werkdag => random.Next(2) == 0 ? "werkdag" : "werkdagen",
                        DurationUnit.Week => random.Next(2) == 0 ? "week" : "weken",
                        DurationUnit.Maand => random.Next(2) == 0 ? "maand" : "maanden",
                        _ => random.Next(2) == 0 ? "jaar" : "jaren",
                    }));
                    break;
                case VerdictLiteral v:
                    Open();
                    text.Append(string.Join(" ", v.Value.Label().Split(' ').Select(Word)));
                    Close();
                    break;
                case PeildatumExpr:
                    text.Append(Word("peildatum"));
                    break;
                case NameExpr n:
                    text.Append(n.FullName);
                    break;
                default:
                    throw new InvalidOperationException(e.GetType().Name);
            }
        }
    }
}
