using System.Globalization;
using IgjNormen.Model;
using IgjNormen.Syntax;
using IgjNormen.Text;

namespace IgjNormen.Parsing;

/// <summary>
/// The fast path of <see cref="ToetsParser"/>: a hand-written recursive-descent reader of the same grammar that makes
/// exactly the choices the Sprache grammar makes, but reads each character once and allocates only the tree.
/// It only accepts: at anything unusual (a syntax error, a literal that becomes an <see cref="InvalidExpr"/>, nesting at
/// the limit) it gives up and returns null, and the Sprache grammar parses the text again to produce the tree or the
/// diagnostic with its expectations. The Sprache grammar is thus the definition of the language and of its messages;
/// a property test checks that wherever this reader gives a tree, the grammar gives the same tree with the same spans.
/// </summary>
internal sealed class FastToetsParser
{
    private static readonly HashSet<string> KeywordSet = new(Keywords.All, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup =
        KeywordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static FastToetsParser? _cached;

    private readonly NameTable _names = new();
    private string _text = string.Empty;
    private int _pos;
    private int _depth;

    /// <summary>The tree of <paramref name="text"/>, or null when the Sprache grammar must decide.</summary>
    public static Expr? TryParse(string text)
    {
        var parser = _cached ??= new FastToetsParser();
        parser._text = text;
        parser._pos = 0;
        parser._depth = 0;
        try
        {
            parser.SkipSpace();
            var expression = parser.ParseOr();
            return expression is not null && parser._pos == text.Length ? expression : null;
        }
        finally
        {
            parser._text = string.Empty;
        }
    }

    // Expression = Or; the chains are left-associative; an operator whose right operand fails fails the chain.
    private Expr? ParseOr() => ParseChain(isAnd: false);

    private Expr? ParseChain(bool isAnd)
    {
        var left = isAnd ? ParseNotLevel() : ParseChain(isAnd: true);
        while (left is not null && AtKeyword(isAnd ? "en" : "of", out var after))
        {
            _pos = after;
            SkipSpace();
            var right = isAnd ? ParseNotLevel() : ParseChain(isAnd: true);
            if (right is null)
            {
                return null;
            }

            left = Binary(isAnd ? BinaryOperator.And : BinaryOperator.Or, left, right);
        }

        return left;
    }

    /// <summary>'niet' operand, a quantifier, or a comparison; spanned.</summary>
    private Expr? ParseNotLevel()
    {
        var start = _pos;
        Expr? result;
        if (AtNotKeyword(out var afterNot))
        {
            _pos = afterNot;
            SkipSpace();
            var operand = Nested(ParseNotLevel);
            result = operand is null ? null : new NotExpr(operand);
        }
        else if (AtKeyword("alle", out var after) || AtKeyword("enige", out after) || AtKeyword("geen", out after))
        {
            result = ParseQuantifier(start, after);
        }
        else
        {
            result = ParseComparison();
        }

        return Spanned(result, start);
    }

    private Expr? ParseQuantifier(int start, int afterKeyword)
    {
        var kind = char.ToLowerInvariant(_text[start]) switch
        {
            'a' => QuantifierKind.Alle,
            'e' => QuantifierKind.Enige,
            _ => QuantifierKind.Geen,
        };
        _pos = afterKeyword;
        SkipSpace();
        var variableStart = _pos;
        var variable = ReadIdentifier();
        if (variable is null || IsKeyword(variable))
        {
            return null;
        }

        var variableSpan = new TextSpan(variableStart, variable.Length);
        SkipSpace();
        if (!AtKeyword("in", out var afterIn))
        {
            return null;
        }

        _pos = afterIn;
        SkipSpace();
        var list = ParseAdditive();
        if (list is null || !TrySymbol(':'))
        {
            return null;
        }

        var body = Nested(ParseOr);
        return body is null ? null : Spanned(new QuantifierExpr(kind, variable, variableSpan, list, body), start);
    }

    /// <summary>An additive expression with at most one comparison, 'in', 'is (niet) (on)bekend' or 'tussen' after it.</summary>
    private Expr? ParseComparison()
    {
        var start = _pos;
        var left = ParseAdditive();
        if (left is null)
        {
            return null;
        }

        Expr result;
        if (TryComparer(out var op))
        {
            var right = ParseAdditive();
            if (right is null || PeekComparer())
            {
                // A chained comparison is an InvalidExpr of the grammar: leave it to the grammar.
                return null;
            }

            result = new BinaryExpr(op, left, right);
        }
        else if (AtNotKeyword(out var afterNot) || AtKeyword("in", out _))
        {
            var negated = false;
            if (AtNotKeyword(out afterNot))
            {
                negated = true;
                _pos = afterNot;
                SkipSpace();
            }

            if (!AtKeyword("in", out var afterIn))
            {
                return null;
            }

            _pos = afterIn;
            SkipSpace();
            var list = ParseAdditive();
            if (list is null)
            {
                return null;
            }

            result = new InExpr(left, list, negated);
        }
        else if (AtKeyword("is", out var afterIs))
        {
            _pos = afterIs;
            SkipSpace();
            var negated = false;
            if (AtKeyword("niet", out var afterNiet))
            {
                negated = true;
                _pos = afterNiet;
                SkipSpace();
            }

            bool known;
            if (AtKeyword("bekend", out var afterKnown))
            {
                known = true;
            }
            else if (AtKeyword("onbekend", out afterKnown))
            {
                known = false;
            }
            else
            {
                return null;
            }

            _pos = afterKnown;
            SkipSpace();
            result = new IsKnownExpr(left, known != negated);
        }
        else if (AtKeyword("tussen", out var afterBetween))
        {
            _pos = afterBetween;
            SkipSpace();
            var low = ParseAdditive();
            if (low is null || !AtKeyword("en", out var afterAnd))
            {
                return null;
            }

            _pos = afterAnd;
            SkipSpace();
            var high = ParseAdditive();
            if (high is null)
            {
                return null;
            }

            result = new BetweenExpr(left, low, high);
        }
        else
        {
            result = left;
        }

        return Spanned(result, start);
    }

    private Expr? ParseAdditive() => ParseArithmetic(additive: true);

    /// <summary>A left-associative chain of '+'/'-' over '*'/'/' chains, or of '*'/'/' over unary expressions.</summary>
    private Expr? ParseArithmetic(bool additive)
    {
        var left = additive ? ParseArithmetic(additive: false) : ParseUnary();
        while (left is not null && ArithmeticOperator(additive) is { } op)
        {
            _pos++;
            SkipSpace();
            var right = additive ? ParseArithmetic(additive: false) : ParseUnary();
            left = right is null ? null : Binary(op, left, right);
        }

        return left;
    }

    private BinaryOperator? ArithmeticOperator(bool additive) => _pos >= _text.Length ? null : (_text[_pos], additive) switch
    {
        ('+', true) => BinaryOperator.Add,
        ('-', true) => BinaryOperator.Subtract,
        ('*', false) => BinaryOperator.Multiply,
        ('/', false) => BinaryOperator.Divide,
        _ => null,
    };

    private static BinaryExpr Binary(BinaryOperator op, Expr left, Expr right) =>
        new(op, left, right) { Span = TextSpan.FromBounds(left.Span.Start, right.Span.End) };

    /// <summary>'-' operand, or a primary; spanned (so a parenthesized expression spans its parentheses).</summary>
    private Expr? ParseUnary()
    {
        var start = _pos;
        if (_pos < _text.Length && _text[_pos] == '-')
        {
            _pos++;
            SkipSpace();
            var operand = Nested(ParseUnary);
            return operand is null ? null : Spanned(new NegateExpr(operand), start);
        }

        return Spanned(ParsePrimary(), start);
    }

    private Expr? ParsePrimary()
    {
        if (_pos >= _text.Length)
        {
            return null;
        }

        var c = _text[_pos];
        if (char.IsAsciiDigit(c))
        {
            return IsDateAhead() ? ParseDate() : ParseNumber();
        }

        switch (c)
        {
            case '"':
                return ParseText();
            case '(':
                return ParseParenthesized();
            case '[':
                return ParseList();
        }

        if (!(char.IsLetter(c) || c == '_'))
        {
            return null;
        }

        var start = _pos;
        var end = WordEnd(_pos);
        var word = _text.AsSpan(start, end - start);
        if (!KeywordLookup.Contains(word))
        {
            return ParseName();
        }

        if (IsAsciiWord(word, "voldoet") || IsAsciiWord(word, "niet"))
        {
            return ParseVerdict();
        }

        if (IsAsciiWord(word, "ja") || IsAsciiWord(word, "nee"))
        {
            var value = word.Length == 2;
            _pos = end;
            SkipSpace();
            return Spanned(new BooleanLiteral(value), start);
        }

        if (IsAsciiWord(word, "peildatum"))
        {
            _pos = end;
            SkipSpace();
            return Spanned(new PeildatumExpr(), start);
        }

        if (IsAsciiWord(word, "aantal"))
        {
            _pos = end;
            SkipSpace();
            return ParseCount(start);
        }

        if (IsAsciiWord(word, "oordeel"))
        {
            _pos = end;
            SkipSpace();
            return ParseVerdictOf(start);
        }

        // Another keyword (or a keyword in a non-ASCII spelling): not a name; the grammar decides.
        return null;
    }

    /// <summary>A dotted name: the first part is no keyword, the parts after a '.' may be.</summary>
    private Expr? ParseName()
    {
        var start = _pos;
        var first = ReadIdentifier();
        if (first is null || IsKeyword(first))
        {
            return null;
        }

        string[] parts;
        if (_pos < _text.Length - 1 && _text[_pos] == '.' && IsIdentifierStart(_text[_pos + 1]))
        {
            var list = new List<string>(3) { first };
            while (_pos < _text.Length - 1 && _text[_pos] == '.' && IsIdentifierStart(_text[_pos + 1]))
            {
                _pos++;
                list.Add(ReadIdentifier()!);
            }

            parts = [.. list];
        }
        else
        {
            parts = [first];
        }

        var name = new NameExpr(parts) { Span = TextSpan.FromBounds(start, _pos) };
        SkipSpace();
        return name;
    }

    private Expr? ParseVerdict()
    {
        var start = _pos;
        foreach (var (words, value) in ToetsWords.Verdicts)
        {
            var at = start;
            var matched = true;
            foreach (var word in words)
            {
                if (!AtKeywordAt(at, word, out var after))
                {
                    matched = false;
                    break;
                }

                at = SkipSpaceFrom(after);
            }

            if (matched)
            {
                _pos = at;
                return Spanned(new VerdictLiteral(value), start);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a date literal starts here: <c>yyyy-mm-dd</c> or <c>yyyy-mm-ddThh:mm</c>, not followed by a letter,
    /// digit or '_'. Otherwise the grammar reads the digits as a number (and what follows as a subtraction).
    /// </summary>
    private bool IsDateAhead()
    {
        var start = _pos;
        if (!Digits(start, 4) || !At(start + 4, '-') || !Digits(start + 5, 2) || !At(start + 7, '-') || !Digits(start + 8, 2))
        {
            return false;
        }

        var end = start + 10;
        if (HasTimeAt(end))
        {
            end += 6;
        }

        return end >= _text.Length || !IsWordChar(_text[end]);
    }

    private bool HasTimeAt(int at) => At(at, 'T') && Digits(at + 1, 2) && At(at + 3, ':') && Digits(at + 4, 2);

    /// <summary>The date (or tijdstip) <see cref="IsDateAhead"/> found; null when it does not exist (an invalid literal).</summary>
    private Expr? ParseDate()
    {
        var start = _pos;
        var hasTime = HasTimeAt(start + 10);
        var end = start + (hasTime ? 16 : 10);

        var year = Number(start, 4);
        var month = Number(start + 5, 2);
        var day = Number(start + 8, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        Expr literal;
        if (hasTime)
        {
            var hour = Number(start + 11, 2);
            var minute = Number(start + 14, 2);
            if (hour > 23 || minute > 59)
            {
                return null;
            }

            literal = new DateTimeLiteral(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified));
        }
        else
        {
            literal = new DateLiteral(new DateOnly(year, month, day));
        }

        literal.Span = TextSpan.FromBounds(start, end);
        _pos = end;
        SkipSpace();
        return literal;
    }

    /// <summary>Digits with an optional fraction, then optionally a unit: a number or a duration.</summary>
    private Expr? ParseNumber()
    {
        var start = _pos;
        var end = start;
        while (end < _text.Length && char.IsAsciiDigit(_text[end]))
        {
            end++;
        }

        if (end + 1 < _text.Length && _text[end] == '.' && char.IsAsciiDigit(_text[end + 1]))
        {
            end++;
            while (end < _text.Length && char.IsAsciiDigit(_text[end]))
            {
                end++;
            }
        }

        if (end < _text.Length && IsWordChar(_text[end]))
        {
            // Letters glued to the digits: an invalid literal, reported by the grammar.
            return null;
        }

        if (!decimal.TryParse(_text.AsSpan(start, end - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        _pos = end;
        SkipSpace();
        foreach (var (word, unit) in ToetsWords.Units)
        {
            if (AtKeyword(word, out var afterUnit))
            {
                if (value != decimal.Truncate(value) || value > 100_000)
                {
                    return null;
                }

                _pos = afterUnit;
                SkipSpace();
                return Spanned(new DurationLiteral((int)value, unit), start);
            }
        }

        return Spanned(new NumberLiteral(value), start);
    }

    /// <summary>A text in double quotes; a backslash takes the next character as it is.</summary>
    private Expr? ParseText()
    {
        var start = _pos;
        var i = start + 1;
        var escaped = false;
        while (i < _text.Length && _text[i] != '"')
        {
            if (_text[i] == '\\')
            {
                escaped = true;
                i++;
            }

            i++;
        }

        if (i >= _text.Length)
        {
            return null;
        }

        string content;
        if (!escaped)
        {
            content = _text.Substring(start + 1, i - start - 1);
        }
        else
        {
            var builder = new System.Text.StringBuilder(i - start);
            for (var j = start + 1; j < i; j++)
            {
                if (_text[j] == '\\')
                {
                    j++;
                }

                builder.Append(_text[j]);
            }

            content = builder.ToString();
        }

        _pos = i + 1;
        var literal = new TextLiteral(content) { Span = TextSpan.FromBounds(start, _pos) };
        SkipSpace();
        return literal;
    }

    /// <summary>'(' expression ')': the expression itself (<see cref="ParseUnary"/> gives it the span with the parentheses).</summary>
    private Expr? ParseParenthesized()
    {
        _pos++;
        SkipSpace();
        var inner = Nested(ParseOr);
        return inner is not null && TrySymbol(')') ? inner : null;
    }

    private Expr? ParseList()
    {
        var start = _pos;
        _pos++;
        SkipSpace();
        var items = Nested(ParseListItems);
        return items is not null && TrySymbol(']') ? Spanned(new ListExpr(items), start) : null;
    }

    private List<Expr>? ParseListItems()
    {
        var items = new List<Expr>();
        if (_pos < _text.Length && _text[_pos] == ']')
        {
            return items;
        }

        while (true)
        {
            var item = ParseOr();
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            if (!TrySymbol(','))
            {
                return items;
            }
        }
    }

    /// <summary><c>aantal(lijst)</c> or <c>aantal(v in lijst: voorwaarde)</c>, after the keyword.</summary>
    private Expr? ParseCount(int start)
    {
        if (!TrySymbol('('))
        {
            return null;
        }

        var body = Nested(ParseCountBody);
        return body is not null && TrySymbol(')') ? Spanned(body, start) : null;
    }

    private Expr? ParseCountBody()
    {
        var first = ParseOr();
        if (first is not InExpr { Negated: false, Value: NameExpr { Parts.Count: 1 } variable } inExpr)
        {
            return first is null ? null : new CountExpr(first, null, default, null);
        }

        if (!TrySymbol(':'))
        {
            return null;
        }

        var condition = ParseOr();
        return condition is null ? null : new CountExpr(inExpr.List, variable.Parts[0], variable.Span, condition);
    }

    /// <summary><c>oordeel(norm-id)</c>, after the keyword.</summary>
    private Expr? ParseVerdictOf(int start)
    {
        if (!TrySymbol('('))
        {
            return null;
        }

        var idStart = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '.' or '-' or '_'))
        {
            _pos++;
        }

        if (_pos == idStart)
        {
            return null;
        }

        var id = _text.Substring(idStart, _pos - idStart);
        var idSpan = TextSpan.FromBounds(idStart, _pos);
        SkipSpace();
        return TrySymbol(')') ? Spanned(new VerdictOfExpr(id, idSpan), start) : null;
    }

    /// <summary>One level deeper (a bracket, 'niet', '-', a quantifier, 'aantal'); at the limit the grammar reports it.</summary>
    private T? Nested<T>(Func<T?> parse)
        where T : class
    {
        if (_depth >= ToetsParser.MaxNesting)
        {
            return null;
        }

        _depth++;
        try
        {
            return parse();
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>The span from <paramref name="start"/> to the end of what was read, without trailing whitespace.</summary>
    private Expr? Spanned(Expr? node, int start)
    {
        if (node is null)
        {
            return null;
        }

        var end = _pos;
        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        node.Span = TextSpan.FromBounds(start, end);
        return node;
    }

    private bool TryComparer(out BinaryOperator op)
    {
        op = default;
        if (_pos >= _text.Length)
        {
            return false;
        }

        var next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
        var length = 1;
        switch (_text[_pos])
        {
            case '<' when next == '=':
                op = BinaryOperator.LessOrEqual;
                length = 2;
                break;
            case '>' when next == '=':
                op = BinaryOperator.GreaterOrEqual;
                length = 2;
                break;
            case '!' when next == '=':
                op = BinaryOperator.NotEqual;
                length = 2;
                break;
            case '<':
                op = BinaryOperator.Less;
                break;
            case '>':
                op = BinaryOperator.Greater;
                break;
            case '=':
                op = BinaryOperator.Equal;
                break;
            default:
                return false;
        }

        _pos += length;
        SkipSpace();
        return true;
    }

    private bool PeekComparer() =>
        _pos < _text.Length && (_text[_pos] is '<' or '>' or '=' || (_text[_pos] == '!' && At(_pos + 1, '=')));

    private bool TrySymbol(char symbol)
    {
        if (_pos < _text.Length && _text[_pos] == symbol)
        {
            _pos++;
            SkipSpace();
            return true;
        }

        return false;
    }

    /// <summary>'niet' as an operator: not the start of 'niet van …' or 'niet te …' (oordelen).</summary>
    private bool AtNotKeyword(out int after)
    {
        if (!AtKeyword("niet", out after))
        {
            return false;
        }

        var next = SkipSpaceFrom(after);
        return !AtKeywordAt(next, "van", out _) && !AtKeywordAt(next, "te", out _);
    }

    private bool AtKeyword(string word, out int after) => AtKeywordAt(_pos, word, out after);

    /// <summary>
    /// The keyword at <paramref name="at"/>, case-insensitive for ASCII letters only (as the grammar: no culture),
    /// and not followed by a letter, digit or '_'.
    /// </summary>
    private bool AtKeywordAt(int at, string word, out int after)
    {
        after = at + word.Length;
        return after <= _text.Length
            && IsAsciiWord(_text.AsSpan(at, word.Length), word)
            && (after == _text.Length || !IsWordChar(_text[after]));
    }

    private static bool IsAsciiWord(ReadOnlySpan<char> word, string keyword)
    {
        if (word.Length != keyword.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (!char.IsAscii(word[i]) || char.ToLowerInvariant(word[i]) != keyword[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A letter or '_', then letters, digits and '_'; null if none starts here.</summary>
    private string? ReadIdentifier()
    {
        if (_pos >= _text.Length || !IsIdentifierStart(_text[_pos]))
        {
            return null;
        }

        var start = _pos;
        _pos = WordEnd(_pos);
        return _names.Get(_text.AsSpan(start, _pos - start));
    }

    private int WordEnd(int at)
    {
        var end = at + 1;
        while (end < _text.Length && IsWordChar(_text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsKeyword(string word) => KeywordSet.Contains(word);

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private bool At(int at, char c) => at < _text.Length && _text[at] == c;

    private bool Digits(int at, int count)
    {
        if (at + count > _text.Length)
        {
            return false;
        }

        for (var i = at; i < at + count; i++)
        {
            if (!char.IsAsciiDigit(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private int Number(int at, int count)
    {
        var value = 0;
        for (var i = at; i < at + count; i++)
        {
            value = (value * 10) + (_text[i] - '0');
        }

        return value;
    }

    private void SkipSpace() => _pos = SkipSpaceFrom(_pos);

    private int SkipSpaceFrom(int at)
    {
        while (at < _text.Length && char.IsWhiteSpace(_text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// The names read on this thread, so that the thousands of toetsen of a large folder share one string per name.
    /// Bounded: past its size it starts again (a name table is a saving, not a need).
    /// </summary>
    private sealed class NameTable
    {
        private const int MaxNames = 16_384;
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public NameTable() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Get(ReadOnlySpan<char> name)
        {
            if (_lookup.TryGetValue(name, out var known))
            {
                return known;
            }

            if (_names.Count >= MaxNames)
            {
                _names.Clear();
            }

            var text = name.ToString();
            _names.Add(text);
            return text;
        }
    }
}
