using System.Globalization;
using IgjNormen.Diagnostics;
using IgjNormen.Model;
using IgjNormen.Syntax;
using IgjNormen.Text;
using Sprache;

namespace IgjNormen.Parsing;

/// <summary>The result of parsing one expression: a tree, or the syntax error with its span inside the text.</summary>
public sealed record ToetsParseResult(Expr? Expression, DiagnosticDescriptor? Error, string[] ErrorArgs, TextSpan ErrorSpan)
{
    public bool Success => Expression is not null;
}

/// <summary>
/// The toets grammar (docs/toets-taal.md) in Sprache combinators. Parsing never throws: a failure reports the
/// furthest position the parser reached and what it expected there.
/// </summary>
public static class ToetsParser
{
    public const int MaxLength = 4000;
    public const int MaxNesting = 32;

    [ThreadStatic]
    private static Furthest? _furthest;

    public static ToetsParseResult Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(DiagnosticCodes.Syntax.EmptyExpression, new TextSpan(0, text.Length));
        }

        if (text.Length > MaxLength)
        {
            return Fail(DiagnosticCodes.Syntax.TooComplex, new TextSpan(0, 0), MaxNesting.ToString(CultureInfo.InvariantCulture));
        }

        if (FindUnterminatedText(text) is { } open)
        {
            return Fail(DiagnosticCodes.Syntax.UnterminatedText, new TextSpan(open, text.Length - open));
        }

        if (FindTooDeep(text) is { } deep)
        {
            return Fail(DiagnosticCodes.Syntax.TooComplex, new TextSpan(deep, 1), MaxNesting.ToString(CultureInfo.InvariantCulture));
        }

        var furthest = _furthest ??= new Furthest();
        furthest.Reset();
        var result = Grammar.Complete.TryParse(text);
        if (result.WasSuccessful)
        {
            return new ToetsParseResult(result.Value, null, [], default);
        }

        var position = Math.Max(furthest.Position, result.Remainder.Position);
        var expected = position == furthest.Position && furthest.Expected.Count > 0
            ? furthest.Expected
            : result.Expectations.ToList();
        var (found, length) = Describe(text, position);
        return Fail(DiagnosticCodes.Syntax.Unexpected, new TextSpan(position, length), found, JoinExpected(expected));
    }

    private static ToetsParseResult Fail(DiagnosticDescriptor descriptor, TextSpan span, params string[] args) =>
        new(null, descriptor, args, span);

    private static string JoinExpected(IReadOnlyCollection<string> expected)
    {
        var items = expected.Distinct(StringComparer.Ordinal).OrderBy(e => e, StringComparer.Ordinal).ToList();
        if (items.Count == 0)
        {
            return "het einde van de toets";
        }

        return items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " of " + items[^1];
    }

    private static (string Found, int Length) Describe(string text, int position)
    {
        if (position >= text.Length)
        {
            return ("einde van de toets", 0);
        }

        var end = position;
        if (char.IsLetterOrDigit(text[end]) || text[end] == '_')
        {
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '.' or '-' or ':'))
            {
                end++;
            }
        }
        else
        {
            end++;
        }

        return ($"'{text[position..end]}'", end - position);
    }

    /// <summary>The offset of a '"' that opens a text that never closes, or null.</summary>
    private static int? FindUnterminatedText(string text)
    {
        int? open = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && open is not null)
            {
                i++;
            }
            else if (text[i] == '"')
            {
                open = open is null ? i : null;
            }
        }

        return open;
    }

    private static int? FindTooDeep(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' or '[' => 1, ')' or ']' => -1, _ => 0 };
            if (depth > MaxNesting)
            {
                return i;
            }
        }

        return null;
    }

    internal sealed class Furthest
    {
        public int Position { get; private set; } = -1;

        public List<string> Expected { get; } = [];

        public void Reset()
        {
            Position = -1;
            Expected.Clear();
        }

        public void Note(int position, string expectation)
        {
            if (position > Position)
            {
                Position = position;
                Expected.Clear();
            }

            if (position == Position && !Expected.Contains(expectation))
            {
                Expected.Add(expectation);
            }
        }
    }

    /// <summary>A terminal: on failure it records what was expected at that position.</summary>
    private static Parser<T> Term<T>(Parser<T> parser, string expectation) => input =>
    {
        var result = parser(input);
        if (!result.WasSuccessful)
        {
            _furthest?.Note(input.Position, expectation);
        }

        return result;
    };

    /// <summary>Gives the node the span of the text it was parsed from (without trailing whitespace).</summary>
    private static Parser<T> Spanned<T>(Parser<T> parser)
        where T : Expr => input =>
    {
        var result = parser(input);
        if (result.WasSuccessful)
        {
            var end = result.Remainder.Position;
            while (end > input.Position && char.IsWhiteSpace(input.Source[end - 1]))
            {
                end--;
            }

            result.Value.Span = TextSpan.FromBounds(input.Position, end);
        }

        return result;
    };

    private static class Grammar
    {
        private static readonly Parser<string> Space = Sprache.Parse.WhiteSpace.Many().Text();

        private static Parser<T> Lexeme<T>(Parser<T> parser) => from value in parser from _ in Space select value;

        private static readonly Parser<char> WordChar = Sprache.Parse.LetterOrDigit.Or(Sprache.Parse.Char('_'));

        private static Parser<string> Keyword(string word) =>
            Lexeme(Term(
                from text in Sprache.Parse.IgnoreCase(word).Text()
                from _ in WordChar.Not()
                select word,
                $"'{word}'"));

        private static Parser<string> Symbol(string symbol, string? notFollowedBy = null)
        {
            var core = Sprache.Parse.String(symbol).Text();
            if (notFollowedBy is not null)
            {
                core = from s in core from _ in Sprache.Parse.Chars(notFollowedBy).Not() select s;
            }

            return Lexeme(Term(core, $"'{symbol}'"));
        }

        private static readonly Parser<string> Identifier =
            from first in Sprache.Parse.Letter.Or(Sprache.Parse.Char('_'))
            from rest in WordChar.Many().Text()
            select first + rest;

        private static readonly Parser<string> NameStart = Term(
            Identifier.Where(id => !Keywords.IsKeyword(id)),
            "een feit");

        private static readonly Parser<Expr> Name = Lexeme(Spanned<Expr>(
            from first in NameStart
            from rest in (from dot in Sprache.Parse.Char('.') from part in Identifier select part).Many()
            select new NameExpr([first, .. rest])));

        private static readonly Parser<(string Id, int Start, int End)> NormId = input =>
        {
            var start = input.Position;
            var result = Term(
                Sprache.Parse.Char(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_', "norm-id").AtLeastOnce().Text(),
                "een norm-id")(input);
            return result.WasSuccessful
                ? Result.Success((result.Value, start, result.Remainder.Position), result.Remainder)
                : Result.Failure<(string, int, int)>(result.Remainder, result.Message, result.Expectations);
        };

        private static readonly Parser<string> Digits = Sprache.Parse.Digit.AtLeastOnce().Text();

        private static readonly Parser<Expr> DateOrDateTime = Lexeme(Spanned(Term(
            from year in Sprache.Parse.Digit.Repeat(4).Text()
            from d1 in Sprache.Parse.Char('-')
            from month in Sprache.Parse.Digit.Repeat(2).Text()
            from d2 in Sprache.Parse.Char('-')
            from day in Sprache.Parse.Digit.Repeat(2).Text()
            from time in (
                from t in Sprache.Parse.Char('T')
                from hh in Sprache.Parse.Digit.Repeat(2).Text()
                from c in Sprache.Parse.Char(':')
                from mm in Sprache.Parse.Digit.Repeat(2).Text()
                select hh + ":" + mm).Optional()
            from _ in WordChar.Not()
            select MakeDate(year, month, day, time.GetOrDefault()),
            "een datum")));

        private static Expr MakeDate(string year, string month, string day, string? time)
        {
            var text = $"{year}-{month}-{day}";
            if (time is null)
            {
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? new DateLiteral(date)
                    : new InvalidExpr(DiagnosticCodes.Syntax.InvalidLiteral, $"'{text}' is geen bestaande datum.");
            }

            var full = $"{text}T{time}";
            return DateTime.TryParseExact(full, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
                ? new DateTimeLiteral(moment)
                : new InvalidExpr(DiagnosticCodes.Syntax.InvalidLiteral, $"'{full}' is geen bestaand tijdstip.");
        }

        private static readonly (string Word, DurationUnit Unit)[] Units =
        [
            ("uren", DurationUnit.Uur), ("uur", DurationUnit.Uur),
            ("werkdagen", DurationUnit.Werkdag), ("werkdag", DurationUnit.Werkdag),
            ("dagen", DurationUnit.Dag), ("dag", DurationUnit.Dag),
            ("weken", DurationUnit.Week), ("week", DurationUnit.Week),
            ("maanden", DurationUnit.Maand), ("maand", DurationUnit.Maand),
            ("jaren", DurationUnit.Jaar), ("jaar", DurationUnit.Jaar),
        ];

        private static readonly Parser<DurationUnit> Unit =
            Units.Select(u => Keyword(u.Word).Return(u.Unit)).Aggregate((a, b) => a.Or(b));

        private static readonly Parser<Expr> NumberOrDuration = Spanned(
            from digits in Lexeme(Term(
                from whole in Digits
                from fraction in (from dot in Sprache.Parse.Char('.') from f in Digits select "." + f).Optional()
                from _ in Sprache.Parse.Letter.Not()
                select whole + fraction.GetOrElse(string.Empty),
                "een getal"))
            from unit in Unit.Optional()
            select MakeNumber(digits, unit));

        private static Expr MakeNumber(string digits, IOption<DurationUnit> unit)
        {
            if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return new InvalidExpr(DiagnosticCodes.Syntax.InvalidLiteral, $"'{digits}' is te groot voor een getal.");
            }

            if (unit.IsEmpty)
            {
                return new NumberLiteral(value);
            }

            return value == decimal.Truncate(value) && value <= 100_000
                ? new DurationLiteral((int)value, unit.Get())
                : new InvalidExpr(DiagnosticCodes.Syntax.InvalidLiteral, $"Een duur is een geheel aantal van ten hoogste 100000; '{digits}' kan niet.");
        }

        private static readonly Parser<Expr> Text = Lexeme(Spanned<Expr>(Term(
            from open in Sprache.Parse.Char('"')
            from content in Sprache.Parse.Char('\\').Then(_ => Sprache.Parse.AnyChar).Or(Sprache.Parse.CharExcept("\"\\")).Many().Text()
            from close in Sprache.Parse.Char('"')
            select new TextLiteral(content),
            "een tekst")));

        private static readonly (string[] Words, Oordeel Value)[] VerdictWords =
        [
            (["voldoet", "grotendeels", "niet"], Oordeel.VoldoetGrotendeelsNiet),
            (["voldoet", "grotendeels"], Oordeel.VoldoetGrotendeels),
            (["voldoet", "niet"], Oordeel.VoldoetNiet),
            (["voldoet"], Oordeel.Voldoet),
            (["niet", "van", "toepassing"], Oordeel.NietVanToepassing),
            (["niet", "te", "beoordelen"], Oordeel.NietTeBeoordelen),
            (["niet", "van", "kracht"], Oordeel.NietVanKracht),
        ];

        private static readonly Parser<Expr> Verdict = Spanned(
            VerdictWords
                .Select(v => v.Words.Select(Keyword).Aggregate((a, b) => a.Then(_ => b)).Return(v.Value))
                .Aggregate((a, b) => a.Or(b))
                .Select(value => (Expr)new VerdictLiteral(value)));

        private static readonly Parser<Expr> Boolean = Spanned(
            Keyword("ja").Return(true).Or(Keyword("nee").Return(false))
                .Select(value => (Expr)new BooleanLiteral(value)));

        private static readonly Parser<Expr> Peildatum = Spanned<Expr>(Keyword("peildatum").Select(_ => new PeildatumExpr()));

        private static readonly Parser<Expr> Parenthesized =
            from open in Symbol("(")
            from inner in Sprache.Parse.Ref(() => Expression)
            from close in Symbol(")")
            select inner;

        private static readonly Parser<Expr> List = Spanned<Expr>(
            from open in Symbol("[")
            from items in Sprache.Parse.Ref(() => Expression).DelimitedBy(Symbol(",")).Optional()
            from close in Symbol("]")
            select new ListExpr(items.GetOrElse([]).ToList()));

        private static readonly Parser<(string Name, TextSpan Span)> Variable = input =>
        {
            var start = input.Position;
            var result = Lexeme(Term(Identifier.Where(id => !Keywords.IsKeyword(id)), "een variabele"))(input);
            return result.WasSuccessful
                ? Result.Success((result.Value, new TextSpan(start, result.Value.Length)), result.Remainder)
                : Result.Failure<(string, TextSpan)>(result.Remainder, result.Message, result.Expectations);
        };

        private static readonly Parser<Expr> Count = Spanned<Expr>(
            from keyword in Keyword("aantal")
            from open in Symbol("(")
            from body in (
                    from variable in Variable
                    from inKeyword in Keyword("in")
                    from list in Sprache.Parse.Ref(() => Additive)
                    from colon in Symbol(":")
                    from condition in Sprache.Parse.Ref(() => Expression)
                    select new CountExpr(list, variable.Name, variable.Span, condition))
                .Or(Sprache.Parse.Ref(() => Expression).Select(list => new CountExpr(list, null, default, null)))
            from close in Symbol(")")
            select body);

        private static readonly Parser<Expr> VerdictOf = Spanned<Expr>(
            from keyword in Keyword("oordeel")
            from open in Symbol("(")
            from id in Lexeme(NormId)
            from close in Symbol(")")
            select new VerdictOfExpr(id.Id, TextSpan.FromBounds(id.Start, id.End)));

        private static readonly Parser<Expr> Primary =
            DateOrDateTime
                .Or(NumberOrDuration)
                .Or(Text)
                .Or(Verdict)
                .Or(Boolean)
                .Or(Peildatum)
                .Or(Count)
                .Or(VerdictOf)
                .Or(Parenthesized)
                .Or(List)
                .Or(Name);

        private static readonly Parser<Expr> Unary = Spanned(
            Symbol("-").Then(_ => Sprache.Parse.Ref(() => Unary)).Select(operand => (Expr)new NegateExpr(operand))
                .Or(Primary));

        private static Parser<Expr> Chain(Parser<BinaryOperator> op, Parser<Expr> operand) => input =>
        {
            var first = operand(input);
            if (!first.WasSuccessful)
            {
                return first;
            }

            var left = first.Value;
            var remainder = first.Remainder;
            while (true)
            {
                var opResult = op(remainder);
                if (!opResult.WasSuccessful)
                {
                    return Result.Success(left, remainder);
                }

                var right = operand(opResult.Remainder);
                if (!right.WasSuccessful)
                {
                    return Result.Failure<Expr>(right.Remainder, right.Message, right.Expectations);
                }

                left = new BinaryExpr(opResult.Value, left, right.Value)
                {
                    Span = TextSpan.FromBounds(left.Span.Start, right.Value.Span.End),
                };
                remainder = right.Remainder;
            }
        };

        private static readonly Parser<Expr> Multiplicative = Chain(
            Symbol("*").Return(BinaryOperator.Multiply).Or(Symbol("/").Return(BinaryOperator.Divide)),
            Unary);

        private static readonly Parser<Expr> Additive = Chain(
            Symbol("+").Return(BinaryOperator.Add).Or(Symbol("-").Return(BinaryOperator.Subtract)),
            Multiplicative);

        private static readonly Parser<BinaryOperator> Comparer =
            Symbol("<=").Return(BinaryOperator.LessOrEqual)
                .Or(Symbol(">=").Return(BinaryOperator.GreaterOrEqual))
                .Or(Symbol("!=").Return(BinaryOperator.NotEqual))
                .Or(Symbol("<").Return(BinaryOperator.Less))
                .Or(Symbol(">").Return(BinaryOperator.Greater))
                .Or(Symbol("=").Return(BinaryOperator.Equal));

        private static readonly Parser<string> NotKeyword =
            from not in Keyword("niet")
            from _ in Keyword("van").Or(Keyword("te")).Not()
            select not;

        private delegate Expr Suffix(Expr left);

        private static readonly Parser<Suffix> ComparisonSuffix =
            (from op in Comparer
             from right in Additive
             from more in Comparer.Optional()
             select (Suffix)(left => more.IsEmpty
                 ? new BinaryExpr(op, left, right)
                 : new InvalidExpr(DiagnosticCodes.Syntax.ChainedComparison, string.Empty)))
            .Or(from negated in NotKeyword.Optional()
                from inKeyword in Keyword("in")
                from list in Additive
                select (Suffix)(left => new InExpr(left, list, negated.IsDefined)))
            .Or(from isKeyword in Keyword("is")
                from negated in Keyword("niet").Optional()
                from known in Keyword("bekend").Return(true).Or(Keyword("onbekend").Return(false))
                select (Suffix)(left => new IsKnownExpr(left, known != negated.IsDefined)))
            .Or(from between in Keyword("tussen")
                from low in Additive
                from and in Keyword("en")
                from high in Additive
                select (Suffix)(left => new BetweenExpr(left, low, high)));

        private static readonly Parser<Expr> Comparison = Spanned(
            from left in Additive
            from suffix in ComparisonSuffix.Optional()
            select suffix.IsDefined ? suffix.Get()(left) : left);

        private static readonly Parser<QuantifierKind> QuantifierKeyword =
            Keyword("alle").Return(QuantifierKind.Alle)
                .Or(Keyword("enige").Return(QuantifierKind.Enige))
                .Or(Keyword("geen").Return(QuantifierKind.Geen));

        private static readonly Parser<Expr> Quantifier = Spanned<Expr>(
            from kind in QuantifierKeyword
            from variable in Variable
            from inKeyword in Keyword("in")
            from list in Additive
            from colon in Symbol(":")
            from body in Sprache.Parse.Ref(() => Expression)
            select new QuantifierExpr(kind, variable.Name, variable.Span, list, body));

        private static readonly Parser<Expr> NotLevel = Spanned(
            NotKeyword.Then(_ => Sprache.Parse.Ref(() => NotLevel)).Select(operand => (Expr)new NotExpr(operand))
                .Or(Quantifier)
                .Or(Comparison));

        private static readonly Parser<Expr> And = Chain(Keyword("en").Return(BinaryOperator.And), NotLevel);

        private static readonly Parser<Expr> Or = Chain(Keyword("of").Return(BinaryOperator.Or), And);

        public static readonly Parser<Expr> Expression = Or;

        public static readonly Parser<Expr> Complete =
            from leading in Space
            from expression in Expression
            from end in Term(Sprache.Parse.AnyChar.Not(), "het einde van de toets").Named("het einde van de toets")
            select expression;
    }
}
