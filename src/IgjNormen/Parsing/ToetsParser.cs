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

    /// <summary>The deepest nesting of brackets, parentheses, 'niet', unary '-', quantifiers and 'aantal(…)'.</summary>
    public const int MaxNesting = 32;

    /// <summary>
    /// The deepest syntax tree (each operator is a level: <c>a en b en c</c> has depth 3). A safety net that keeps
    /// binding and evaluation far from the end of the stack; only long chains of operators reach it.
    /// </summary>
    public const int MaxDepth = 100;

    [ThreadStatic]
    private static ParseState? _state;

    public static ToetsParseResult Parse(string text) => Parse(text, fastPath: true);

    /// <summary>
    /// The text parsed by the Sprache grammar only: the definition of the language and of its error messages.
    /// <see cref="Parse(string)"/> gives the same result (a property test checks the fast path against it).
    /// </summary>
    internal static ToetsParseResult ParseWithGrammar(string text) => Parse(text, fastPath: false);

    private static ToetsParseResult Parse(string text, bool fastPath)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(DiagnosticCodes.Syntax.EmptyExpression, new TextSpan(0, text.Length));
        }

        if (text.Length > MaxLength)
        {
            return Fail(DiagnosticCodes.Syntax.TooComplex, new TextSpan(0, 0), $"lang ({text.Length} tekens; het maximum is {MaxLength})");
        }

        if (FindUnterminatedText(text) is { } open)
        {
            return Fail(DiagnosticCodes.Syntax.UnterminatedText, new TextSpan(open, text.Length - open));
        }

        // Valid toetsen are read by the hand-written fast path; anything it does not accept (errors, invalid literals,
        // nesting at the limit) is parsed by the grammar, which decides the tree or the message.
        if (fastPath && FastToetsParser.TryParse(text) is { } fast)
        {
            return FindTooDeep(fast, 1) is { } tooDeep
                ? Fail(DiagnosticCodes.Syntax.TooComplex, tooDeep.Span, $"diep genest (meer dan {MaxDepth} niveaus)")
                : new ToetsParseResult(fast, null, [], default);
        }

        var state = _state ??= new ParseState();
        state.Reset();
        var result = Grammar.Complete.TryParse(text);
        if (state.TooDeepAt is { } deep)
        {
            return Fail(DiagnosticCodes.Syntax.TooComplex, new TextSpan(deep, 1), $"diep genest (meer dan {MaxNesting} niveaus)");
        }

        if (result.WasSuccessful)
        {
            return FindTooDeep(result.Value, 1) is { } node
                ? Fail(DiagnosticCodes.Syntax.TooComplex, node.Span, $"diep genest (meer dan {MaxDepth} niveaus)")
                : new ToetsParseResult(result.Value, null, [], default);
        }

        var position = Math.Max(state.Position, result.Remainder.Position);
        var expected = position == state.Position ? state.Expected : result.Expectations.ToList();
        var (found, length) = Describe(text, position);

        // Something missing at the end is reported right after the last word, not after trailing spaces or line
        // breaks (in a YAML block scalar those would point at the next line).
        var at = position >= text.Length ? text.TrimEnd().Length : position;
        return Fail(DiagnosticCodes.Syntax.Unexpected, new TextSpan(at, length), found, JoinExpected(expected));
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
            // A word, a dotted name, a number, or a date or tijdstip (with '-' and ':').
            var literal = char.IsAsciiDigit(text[end]);
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '.' || (literal && text[end] is '-' or ':')))
            {
                end++;
            }
        }
        else
        {
            end += char.IsHighSurrogate(text[end]) && end + 1 < text.Length && char.IsLowSurrogate(text[end + 1]) ? 2 : 1;
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

    /// <summary>The first node deeper than <see cref="MaxDepth"/>, or null; recursion stops at the limit.</summary>
    private static Expr? FindTooDeep(Expr expr, int depth)
    {
        if (depth > MaxDepth)
        {
            return expr;
        }

        foreach (var child in ExprTree.Children(expr))
        {
            if (FindTooDeep(child, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// What one parse has seen: the furthest position a terminal failed at and what was expected there, the current
    /// nesting depth, and where the nesting became too deep.
    /// </summary>
    private sealed class ParseState
    {
        private readonly List<string> _hard = [];
        private readonly List<string> _soft = [];

        public int Position { get; private set; } = -1;

        /// <summary>
        /// What was expected at <see cref="Position"/>. Optional continuations ('en', '+', a unit …) are only listed
        /// when nothing is required there: after <c>(a en b</c> the message says "verwacht ')'".
        /// </summary>
        public IReadOnlyCollection<string> Expected => _hard.Count > 0 ? _hard : _soft;

        /// <summary>The start of the optional continuation being tried, or -1.</summary>
        public int SoftAt { get; set; } = -1;

        /// <summary>When above zero, failures are not recorded (lookaheads, constructs that are errors anyway).</summary>
        public int Quiet { get; set; }

        public int Depth { get; set; }

        public int? TooDeepAt { get; set; }

        public void Reset()
        {
            Position = -1;
            _hard.Clear();
            _soft.Clear();
            SoftAt = -1;
            Quiet = 0;
            Depth = 0;
            TooDeepAt = null;
        }

        public void Note(int position, string expectation)
        {
            if (Quiet > 0)
            {
                return;
            }

            if (position > Position)
            {
                Position = position;
                _hard.Clear();
                _soft.Clear();
            }

            var list = position == SoftAt ? _soft : _hard;
            if (position == Position && !list.Contains(expectation))
            {
                list.Add(expectation);
            }
        }
    }

    /// <summary>
    /// A terminal: on failure it records what was expected at that position, and fails there (not further on, where
    /// a partly matched word stopped).
    /// </summary>
    private static Parser<T> Term<T>(Parser<T> parser, string expectation)
    {
        string[] expectations = [expectation];
        return input =>
        {
            var result = parser(input);
            if (result.WasSuccessful)
            {
                return result;
            }

            _state?.Note(input.Position, expectation);
            return Result.Failure<T>(input, result.Message, expectations);
        };
    }

    /// <summary>An optional continuation: what it expects at its start is only listed when nothing else is required.</summary>
    private static Parser<T> Soft<T>(Parser<T> parser) => input =>
    {
        var state = _state;
        if (state is null)
        {
            return parser(input);
        }

        var saved = state.SoftAt;
        state.SoftAt = input.Position;
        try
        {
            return parser(input);
        }
        finally
        {
            state.SoftAt = saved;
        }
    };

    /// <summary>A parser whose failures are not reported as expectations (a lookahead, or an error form).</summary>
    private static Parser<T> Quiet<T>(Parser<T> parser) => input =>
    {
        var state = _state;
        if (state is null)
        {
            return parser(input);
        }

        state.Quiet++;
        try
        {
            return parser(input);
        }
        finally
        {
            state.Quiet--;
        }
    };

    /// <summary>
    /// The inside of a construct that opened at <paramref name="start"/> (a bracket, 'niet', '-', a quantifier):
    /// one level deeper. Beyond <see cref="MaxNesting"/> the parse stops and reports the construct.
    /// </summary>
    private static Parser<T> Nested<T>(int start, Parser<T> parser) => input =>
    {
        var state = _state;
        if (state is null)
        {
            return parser(input);
        }

        if (state.Depth >= MaxNesting)
        {
            state.TooDeepAt ??= start;
            return Result.Failure<T>(input, "te diep genest", []);
        }

        state.Depth++;
        try
        {
            return parser(input);
        }
        finally
        {
            state.Depth--;
        }
    };

    /// <summary>The current position, without consuming anything.</summary>
    private static readonly Parser<int> Here = input => Result.Success(input.Position, input);

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
        /// <summary>Whitespace, skipped without collecting it (it is never used).</summary>
        private static readonly Parser<string> Space = input =>
        {
            var rest = input;
            while (!rest.AtEnd && char.IsWhiteSpace(rest.Current))
            {
                rest = rest.Advance();
            }

            return Result.Success(string.Empty, rest);
        };

        private static Parser<T> Lexeme<T>(Parser<T> parser) => from value in parser from _ in Space select value;

        private static readonly Parser<char> WordChar = Sprache.Parse.LetterOrDigit.Or(Sprache.Parse.Char('_'));

        /// <summary>An ASCII digit: other Unicode digits are no part of a number or a date.</summary>
        private static readonly Parser<char> Digit = Sprache.Parse.Char(char.IsAsciiDigit, "cijfer");

        /// <summary>
        /// A keyword, case-insensitive without regard to the culture of the machine (a Turkish 'I' is still 'i'),
        /// not followed by a letter, digit or '_'. Not a terminal: it records nothing when it fails.
        /// </summary>
        private static Parser<string> Word(string word)
        {
            // Made once: the grammar tries many keywords at every position, and most attempts fail.
            var message = $"'{word}' verwacht";
            string[] expectations = [$"'{word}'"];
            return input =>
            {
                var rest = input;
                foreach (var expected in word)
                {
                    if (rest.AtEnd || !char.IsAscii(rest.Current) || char.ToLowerInvariant(rest.Current) != expected)
                    {
                        return Result.Failure<string>(input, message, expectations);
                    }

                    rest = rest.Advance();
                }

                return !rest.AtEnd && (char.IsLetterOrDigit(rest.Current) || rest.Current == '_')
                    ? Result.Failure<string>(input, message, expectations)
                    : Result.Success(word, rest);
            };
        }

        private static Parser<string> Keyword(string word) => Lexeme(Term(Word(word), $"'{word}'"));

        private static Parser<string> Symbol(string symbol, string? notFollowedBy = null)
        {
            var core = Sprache.Parse.String(symbol).Text();
            if (notFollowedBy is not null)
            {
                core = from s in core from _ in Sprache.Parse.Chars(notFollowedBy).Not() select s;
            }

            return Lexeme(Term(core, $"'{symbol}'"));
        }

        /// <summary>A letter or '_', then letters, digits and '_' (scanned directly: names are most of a toets).</summary>
        private static readonly Parser<string> Identifier = input =>
        {
            if (input.AtEnd || !(char.IsLetter(input.Current) || input.Current == '_'))
            {
                return Result.Failure<string>(input, "letter verwacht", IdentifierExpectations);
            }

            var rest = input.Advance();
            while (!rest.AtEnd && (char.IsLetterOrDigit(rest.Current) || rest.Current == '_'))
            {
                rest = rest.Advance();
            }

            return Result.Success(input.Source.Substring(input.Position, rest.Position - input.Position), rest);
        };

        private static readonly string[] IdentifierExpectations = ["letter", "_"];

        private static readonly Parser<string> NameStart = Term(
            Identifier.Where(id => !Keywords.IsKeyword(id)),
            "een feit");

        private static readonly Parser<Expr> Name = Lexeme(Spanned<Expr>(
            from first in NameStart
            from rest in (from dot in Sprache.Parse.Char('.') from part in Term(Identifier, "een naam") select part).Many()
            select new NameExpr([first, .. rest])));

        private static readonly Parser<(string Id, int Start, int End)> NormId = input =>
        {
            var start = input.Position;
            var result = Term(
                Sprache.Parse.Char(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_', "norm-id").AtLeastOnce().Text(),
                "een norm-id")(input);
            return result.WasSuccessful
                ? Result.Success((result.Value, start, result.Remainder.Position), result.Remainder)
                : Result.Failure<(string, int, int)>(result.Remainder, result.Message, result.Expectations);
        };

        private static readonly Parser<string> Digits = Digit.AtLeastOnce().Text();

        private static readonly Parser<Expr> DateOrDateTime = Lexeme(Spanned(Term(
            from year in Digit.Repeat(4).Text()
            from d1 in Sprache.Parse.Char('-')
            from month in Digit.Repeat(2).Text()
            from d2 in Sprache.Parse.Char('-')
            from day in Digit.Repeat(2).Text()
            from time in (
                from t in Sprache.Parse.Char('T')
                from hh in Digit.Repeat(2).Text()
                from c in Sprache.Parse.Char(':')
                from mm in Digit.Repeat(2).Text()
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


        private static readonly Parser<DurationUnit> Unit =
            ToetsWords.Units.Select(u => Keyword(u.Word).Return(u.Unit)).Aggregate((a, b) => a.Or(b));

        private static readonly Parser<Expr> NumberOrDuration = Spanned(
            from digits in Lexeme(Term(
                from whole in Digits
                from fraction in (from dot in Sprache.Parse.Char('.') from f in Digits select "." + f).Optional()
                from glued in WordChar.Many().Text()
                select (Text: whole + fraction.GetOrElse(string.Empty), Glued: glued),
                "een getal"))
            from unit in Soft(Unit).Optional()
            select MakeNumber(digits.Text, digits.Glued, unit));

        private static Expr MakeNumber(string digits, string glued, IOption<DurationUnit> unit)
        {
            if (glued.Length > 0)
            {
                return new InvalidExpr(DiagnosticCodes.Syntax.InvalidLiteral, $"'{digits}{glued}' is geen getal; zet een spatie tussen een getal en een eenheid ('3 dagen').");
            }

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


        private static readonly Parser<Expr> Verdict = Spanned(
            ToetsWords.Verdicts
                .Select(v => v.Words.Select(Keyword).Aggregate((a, b) => a.Then(_ => b)).Return(v.Value))
                .Aggregate((a, b) => a.Or(b))
                .Select(value => (Expr)new VerdictLiteral(value)));

        private static readonly Parser<Expr> Boolean = Spanned(
            Keyword("ja").Return(true).Or(Keyword("nee").Return(false))
                .Select(value => (Expr)new BooleanLiteral(value)));

        private static readonly Parser<Expr> Peildatum = Spanned<Expr>(Keyword("peildatum").Select(_ => new PeildatumExpr()));

        private static readonly Parser<Expr> Parenthesized =
            from start in Here
            from open in Symbol("(")
            from inner in Nested(start, Sprache.Parse.Ref(() => Expression))
            from close in Symbol(")")
            select inner;

        private static readonly Parser<Expr> List = Spanned<Expr>(
            from start in Here
            from open in Symbol("[")
            from items in Nested(start, Sprache.Parse.Ref(() => Expression).DelimitedBy(Symbol(",")).Optional())
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

        /// <summary>
        /// The inside of <c>aantal(…)</c>: a list, or <c>v in lijst: voorwaarde</c>. Read as one expression first
        /// (<c>v in lijst</c> is then an 'in', which must be followed by ':'). Trying the second form first and falling
        /// back would read nested <c>aantal(</c>s twice per level: exponential time.
        /// </summary>
        private static readonly Parser<Expr> CountBody = input =>
        {
            var first = Sprache.Parse.Ref(() => Expression)(input);
            if (!first.WasSuccessful || first.Value is not InExpr { Negated: false, Value: NameExpr { Parts.Count: 1 } variable } inExpr)
            {
                return first.WasSuccessful
                    ? Result.Success<Expr>(new CountExpr(first.Value, null, default, null), first.Remainder)
                    : first;
            }

            // 'aantal(v in lijst)' without a condition counts nothing sensible ('v in lijst' is ja/nee): ask for the ':'.
            var colon = Symbol(":")(first.Remainder);
            if (!colon.WasSuccessful)
            {
                return Result.Failure<Expr>(colon.Remainder, colon.Message, colon.Expectations);
            }

            var condition = Sprache.Parse.Ref(() => Expression)(colon.Remainder);
            return condition.WasSuccessful
                ? Result.Success<Expr>(new CountExpr(inExpr.List, variable.Parts[0], variable.Span, condition.Value), condition.Remainder)
                : condition;
        };

        private static readonly Parser<Expr> Count = Spanned(
            from start in Here
            from keyword in Keyword("aantal")
            from open in Symbol("(")
            from body in Nested(start, CountBody)
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
            (from start in Here
             from minus in Symbol("-")
             from operand in Nested(start, Sprache.Parse.Ref(() => Unary))
             select (Expr)new NegateExpr(operand))
                .Or(Primary));

        private static Parser<Expr> Chain(Parser<BinaryOperator> op, Parser<Expr> operand)
        {
            var continuation = Soft(op);
            return input =>
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
                    var opResult = continuation(remainder);
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
        }

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

        /// <summary>'niet', but not the start of the oordeel 'niet van toepassing', 'niet te beoordelen', 'niet van kracht'.</summary>
        private static readonly Parser<string> NotKeyword =
            from not in Keyword("niet")
            from _ in Lexeme(Word("van").Or(Word("te"))).Not()
            select not;

        private delegate Expr Suffix(Expr left);

        private static readonly Parser<Suffix> ComparisonSuffix =
            (from op in Comparer
             from right in Additive
             from more in Quiet(from op2 in Comparer from further in Additive.Optional() select op2).Many()
             select (Suffix)(left => more.Any()
                 ? new InvalidExpr(DiagnosticCodes.Syntax.ChainedComparison, string.Empty)
                 : new BinaryExpr(op, left, right)))
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
            from suffix in Soft(ComparisonSuffix).Optional()
            select suffix.IsDefined ? suffix.Get()(left) : left);

        private static readonly Parser<QuantifierKind> QuantifierKeyword =
            Keyword("alle").Return(QuantifierKind.Alle)
                .Or(Keyword("enige").Return(QuantifierKind.Enige))
                .Or(Keyword("geen").Return(QuantifierKind.Geen));

        private static readonly Parser<Expr> Quantifier = Spanned<Expr>(
            from start in Here
            from kind in QuantifierKeyword
            from variable in Variable
            from inKeyword in Keyword("in")
            from list in Additive
            from colon in Symbol(":")
            from body in Nested(start, Sprache.Parse.Ref(() => Expression))
            select new QuantifierExpr(kind, variable.Name, variable.Span, list, body));

        private static readonly Parser<Expr> NotLevel = Spanned(
            (from start in Here
             from not in NotKeyword
             from operand in Nested(start, Sprache.Parse.Ref(() => NotLevel))
             select (Expr)new NotExpr(operand))
                .Or(Quantifier)
                .Or(Comparison));

        private static readonly Parser<Expr> And = Chain(Keyword("en").Return(BinaryOperator.And), NotLevel);

        private static readonly Parser<Expr> Or = Chain(Keyword("of").Return(BinaryOperator.Or), And);

        public static readonly Parser<Expr> Expression = Or;

        public static readonly Parser<Expr> Complete =
            from leading in Space
            from expression in Expression
            from end in Soft(Term(Sprache.Parse.AnyChar.Not(), "het einde van de toets"))
            select expression;
    }
}
