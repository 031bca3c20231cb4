using System.Text;
using IgjNormen.Text;

namespace IgjNormen.Yaml;

/// <summary>
/// A fast reader for the YAML that norms, begrippen, kaders and bevindingen are written in: block mappings and lists,
/// plain, quoted and block scalars, and flow lists and mappings on one line. It builds exactly the tree (values,
/// spans, styles) that <see cref="YamlReader"/> builds with YamlDotNet, without its cost (YamlDotNet allocates about
/// 40 KB for a norm file). It never reports anything: on whatever it does not know for certain (anchors, tags,
/// multi-line quotes, tabs, carriage returns, errors, limits, duplicate keys …) it gives up, and the file is read by
/// YamlDotNet, which gives the same tree or the diagnostics. A test compares both readers on many files and mutations.
/// </summary>
internal sealed class FastYamlReader
{
    /// <summary>YamlDotNet refuses a simple key longer than this; longer keys are left to it.</summary>
    private const int MaxKeyLength = 1000;

    /// <summary>Keys up to this length are shared between files (a few hundred names, hundreds of thousands of times).</summary>
    private const int MaxPooledKey = 64;

    /// <summary>Short values are shared too ("ja", "vastgesteld", dates).</summary>
    private const int MaxPooledValue = 12;

    /// <summary>The most strings kept in <see cref="Pool"/>: its memory stays small whatever is read.</summary>
    private const int MaxPoolSize = 20_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PoolBySpan =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _poolSize;

    private readonly SourceFile _file;
    private readonly string _text;
    private readonly YamlLimits _limits;
    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly StringBuilder _builder;

    // The entries and items of the collections being read, as stacks: a nested collection is finished (and copied to
    // an array of its exact size) before its parent goes on, so no list per collection is allocated.
    private readonly List<KeyValuePair<YScalar, YNode>> _entries;
    private readonly List<YNode> _items;
    private int _pos;
    private int _nodes;

    private FastYamlReader(SourceFile file, YamlLimits limits)
    {
        _file = file;
        _text = file.Text;
        _limits = limits;

        // The buffers are kept per thread between files (reading a folder reads thousands); a read is never nested.
        var scratch = t_scratch ??= new Scratch();
        _builder = scratch.Builder.Clear();
        _entries = scratch.Entries;
        _entries.Clear();
        _items = scratch.Items;
        _items.Clear();
    }

    /// <summary>Lets go of the nodes in the buffers, and of a large text buffer.</summary>
    private void Release()
    {
        _entries.Clear();
        _items.Clear();
        if (_builder.Capacity > 1 << 16)
        {
            t_scratch = null;
        }
    }

    private sealed class Scratch
    {
        public StringBuilder Builder { get; } = new();

        public List<KeyValuePair<YScalar, YNode>> Entries { get; } = [];

        public List<YNode> Items { get; } = [];
    }

    /// <summary>Reads the file when it is in the subset; false when YamlDotNet must read it.</summary>
    public static bool TryRead(SourceFile file, YamlLimits limits, out YNode? root)
    {
        root = null;
        if (!PlainCharacters(file.Text))
        {
            return false;
        }

        var reader = new FastYamlReader(file, limits);
        try
        {
            root = reader.ReadDocument();
            return root is not null;
        }
        catch (GiveUp)
        {
            root = null;
            return false;
        }
        finally
        {
            reader.Release();
        }
    }

    /// <summary>Only line feeds as line breaks; no tabs, control characters, byte-order marks, non-characters or surrogates.</summary>
    private static bool PlainCharacters(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' ? c != '\n' : c >= 0x7F && (c <= 0x9F || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class GiveUp : Exception;

    private static GiveUp Fail() => new();

    private char At(int i) => i < _text.Length ? _text[i] : '\0';

    private bool AtLineEnd(int i) => i >= _text.Length || _text[i] == '\n';

    /// <summary>A space, a line break or the end.</summary>
    private bool BlankAt(int i) => i >= _text.Length || _text[i] is ' ' or '\n';

    private int Column(int i)
    {
        var lineStart = _text.LastIndexOf('\n', Math.Max(0, i - 1), i == 0 ? 0 : i) + 1;
        return i - lineStart;
    }

    /// <summary>The text at <paramref name="start"/>, shared with earlier files when it is short and seen before.</summary>
    private string Text(int start, int length, int maxPooled)
    {
        if (length > maxPooled)
        {
            return _text.Substring(start, length);
        }

        var span = _text.AsSpan(start, length);
        if (PoolBySpan.TryGetValue(span, out var pooled))
        {
            return pooled;
        }

        var text = span.ToString();
        // (ConcurrentDictionary.Count takes every lock: the size is counted here.)
        if (Volatile.Read(ref _poolSize) < MaxPoolSize && Pool.TryAdd(text, text))
        {
            Interlocked.Increment(ref _poolSize);
        }

        return text;
    }

    private void Count(int depth)
    {
        if (++_nodes > _limits.MaxNodes || depth > _limits.MaxDepth)
        {
            throw Fail();
        }
    }

    private YScalar Scalar(int start, int end, string value, YScalarStyle style, int depth)
    {
        Count(depth);
        if (value.Length > _limits.MaxScalarLength)
        {
            throw Fail();
        }

        return new YScalar(_file, TextSpan.FromBounds(start, end), value, style);
    }

    private YNode? ReadDocument()
    {
        var content = NextContent(0);
        if (content >= _text.Length || Column(content) != 0 || KeyEnd(content) < 0)
        {
            return null;
        }

        _pos = content;
        var root = ReadMapping(0, 0);
        if (_pos < _text.Length)
        {
            throw Fail();
        }

        return root;
    }

    /// <summary>From the start of a line, the first character of the next line that is not empty or a comment.</summary>
    private int NextContent(int lineStart)
    {
        var i = lineStart;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == ' ')
            {
                i++;
            }
            else if (c == '\n')
            {
                i++;
            }
            else if (c == '#')
            {
                var end = _text.IndexOf('\n', i);
                i = end < 0 ? _text.Length : end + 1;
            }
            else
            {
                return i;
            }
        }

        return _text.Length;
    }

    /// <summary>
    /// The end of a plain key at <paramref name="i"/> (followed by ':' and a space, a line break or the end), or -1.
    /// Keys are kept to names: letters, digits, '_', '.', '-' and '/'.
    /// </summary>
    private int KeyEnd(int i)
    {
        var start = i;
        if (i >= _text.Length || !(char.IsLetterOrDigit(_text[i]) || _text[i] == '_'))
        {
            return -1;
        }

        while (i < _text.Length && (char.IsLetterOrDigit(_text[i]) || _text[i] is '_' or '.' or '-' or '/'))
        {
            i++;
        }

        return i - start <= MaxKeyLength && At(i) == ':' && BlankAt(i + 1) ? i : -1;
    }

    /// <summary>Gives up on a duplicate key (YamlDotNet's reader reports it); a set only for large mappings.</summary>
    private void CheckUnique(int first, string key, ref HashSet<string>? seen)
    {
        if (seen is null && _entries.Count - first < 16)
        {
            for (var i = first; i < _entries.Count; i++)
            {
                if (_entries[i].Key.Value == key)
                {
                    throw Fail();
                }
            }

            return;
        }

        if (seen is null)
        {
            seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = first; i < _entries.Count; i++)
            {
                seen.Add(_entries[i].Key.Value);
            }
        }

        if (!seen.Add(key))
        {
            throw Fail();
        }
    }

    /// <summary>The top of a stack from <paramref name="first"/>, as an array; the stack drops it.</summary>
    private static T[] Take<T>(List<T> stack, int first)
    {
        if (stack.Count == first)
        {
            return [];
        }

        var result = new T[stack.Count - first];
        stack.CopyTo(first, result, 0, result.Length);
        stack.RemoveRange(first, result.Length);
        return result;
    }

    private bool SequenceEntryAt(int i) => At(i) == '-' && BlankAt(i + 1);

    /// <summary>Skips spaces and a comment to the end of the line; gives up on anything else. Leaves _pos after the line.</summary>
    private void EndOfLine(int i)
    {
        while (At(i) == ' ')
        {
            i++;
        }

        if (At(i) == '#' && i > 0 && _text[i - 1] == ' ')
        {
            var end = _text.IndexOf('\n', i);
            i = end < 0 ? _text.Length : end;
        }

        if (!AtLineEnd(i))
        {
            throw Fail();
        }

        _pos = i < _text.Length ? i + 1 : i;
    }

    /// <summary>Reads a block mapping whose first key is at _pos, at column <paramref name="indent"/>.</summary>
    private YMapping ReadMapping(int indent, int depth)
    {
        Count(depth);
        var start = _pos;
        var first = _entries.Count;
        HashSet<string>? seen = null;
        while (true)
        {
            var keyStart = _pos;
            var keyEnd = KeyEnd(keyStart);
            if (keyEnd < 0)
            {
                throw Fail();
            }

            var key = Scalar(keyStart, keyEnd, Text(keyStart, keyEnd - keyStart, MaxPooledKey), YScalarStyle.Plain, depth + 1);
            CheckUnique(first, key.Value, ref seen);
            var value = ReadValue(keyEnd + 1, indent, depth + 1, mappingValue: true);
            _entries.Add(new(key, value));

            var next = NextContent(_pos);
            if (next >= _text.Length || Column(next) < indent)
            {
                _pos = next;
                return new YMapping(_file, TextSpan.FromBounds(start, next), Take(_entries, first));
            }

            var column = Column(next);

            if (column > indent || SequenceEntryAt(next))
            {
                throw Fail();
            }

            _pos = next;
        }
    }

    /// <summary>Reads a block list whose first '-' is at _pos, at column <paramref name="indent"/>.</summary>
    private YSequence ReadSequence(int indent, bool indentless, int depth)
    {
        Count(depth);
        var start = _pos;
        var first = _items.Count;
        while (true)
        {
            var i = _pos + 1;
            while (At(i) == ' ')
            {
                i++;
            }

            if (AtLineEnd(i) || At(i) == '#')
            {
                throw Fail();
            }

            if (KeyEnd(i) >= 0)
            {
                _pos = i;
                _items.Add(ReadMapping(Column(i), depth + 1));
            }
            else
            {
                _items.Add(ReadValue(i, indent, depth + 1, mappingValue: false));
            }

            var next = NextContent(_pos);
            if (next >= _text.Length)
            {
                _pos = next;
                return new YSequence(_file, TextSpan.FromBounds(start, next), Take(_items, first));
            }

            var column = Column(next);
            if (column == indent && SequenceEntryAt(next))
            {
                _pos = next;
                continue;
            }

            if (column < indent || (column == indent && indentless))
            {
                _pos = next;
                return new YSequence(_file, TextSpan.FromBounds(start, next), Take(_items, first));
            }

            throw Fail();
        }
    }

    /// <summary>
    /// Reads a value that starts at <paramref name="i"/> (just after "key:" or after "- "), in a block collection at
    /// column <paramref name="indent"/>. Leaves _pos at the start of the line after the value.
    /// </summary>
    private YNode ReadValue(int i, int indent, int depth, bool mappingValue)
    {
        var afterIndicator = i;
        while (At(i) == ' ')
        {
            i++;
        }

        if (AtLineEnd(i) || (At(i) == '#' && i > afterIndicator))
        {
            if (!mappingValue)
            {
                throw Fail();
            }

            // Nothing on the line: a nested block, or an empty value (placed just after the ':').
            EndOfLine(i);
            var next = NextContent(_pos);
            if (next < _text.Length)
            {
                var column = Column(next);
                if (column > indent && SequenceEntryAt(next))
                {
                    _pos = next;
                    return ReadSequence(column, indentless: false, depth);
                }

                if (column == indent && SequenceEntryAt(next))
                {
                    _pos = next;
                    return ReadSequence(column, indentless: true, depth);
                }

                if (column > indent)
                {
                    if (KeyEnd(next) < 0)
                    {
                        throw Fail();
                    }

                    _pos = next;
                    return ReadMapping(column, depth);
                }
            }

            return Scalar(afterIndicator, afterIndicator, string.Empty, YScalarStyle.Plain, depth);
        }

        if (i == afterIndicator && mappingValue)
        {
            throw Fail();
        }

        YNode value;
        int end;
        switch (_text[i])
        {
            case '"':
                value = ReadDoubleQuoted(i, depth, out end);
                EndOfLine(end);
                return value;
            case '\'':
                value = ReadSingleQuoted(i, depth, out end);
                EndOfLine(end);
                return value;
            case '[':
            case '{':
                value = ReadFlow(i, depth, out end);
                EndOfLine(end);
                return value;
            case '|':
            case '>':
                return ReadBlockScalar(i, indent, depth);
            default:
                return ReadPlain(i, indent, depth);
        }
    }

    /// <summary>Whether a plain scalar may start at <paramref name="i"/> (no indicator, no '-', '?' or ':' before a blank).</summary>
    private bool PlainStart(int i, bool flow)
    {
        var c = At(i);
        switch (c)
        {
            case '-':
                return !BlankAt(i + 1) && !(flow && At(i + 1) is ',' or '[' or ']' or '{' or '}');
            case '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`':
                return false;
            default:
                return c is not ('\0' or ' ' or '\n');
        }
    }

    /// <summary>A plain scalar in a block, possibly over more lines (folded: one line break becomes a space).</summary>
    private YScalar ReadPlain(int start, int indent, int depth)
    {
        if (!PlainStart(start, flow: false))
        {
            throw Fail();
        }

        var end = PlainLineEnd(start, out var comment);
        var firstEnd = end;
        var builder = (StringBuilder?)null;
        var lineEnd = LineEnd(end);
        while (!comment && lineEnd < _text.Length)
        {
            // Look for a continuation line: more indented than the block, not a comment.
            var breaks = 0;
            var i = lineEnd + 1;
            var content = -1;
            while (i <= _text.Length)
            {
                var j = i;
                while (At(j) == ' ')
                {
                    j++;
                }

                if (j >= _text.Length)
                {
                    break;
                }

                if (_text[j] == '\n')
                {
                    breaks++;
                    i = j + 1;
                    continue;
                }

                content = j;
                break;
            }

            if (content < 0 || content - i <= indent || _text[content] == '#')
            {
                break;
            }

            if (!PlainStart(content, flow: false) || _text[content] == '-')
            {
                throw Fail();
            }

            builder ??= _builder.Clear().Append(_text, start, firstEnd - start);
            if (breaks == 0)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append('\n', breaks);
            }

            var partEnd = PlainLineEnd(content, out comment);
            builder.Append(_text, content, partEnd - content);
            end = partEnd;
            lineEnd = LineEnd(partEnd);
        }

        var value = builder is null ? Text(start, end - start, MaxPooledValue) : builder.ToString();
        EndOfLine(end);
        return Scalar(start, end, value, YScalarStyle.Plain, depth);
    }

    private int LineEnd(int i)
    {
        var end = _text.IndexOf('\n', i);
        return end < 0 ? _text.Length : end;
    }

    /// <summary>
    /// The end of the plain text on this line from <paramref name="i"/> (trailing spaces dropped); a comment ends it.
    /// Gives up on ': ' (a mapping where none may be).
    /// </summary>
    private int PlainLineEnd(int i, out bool comment)
    {
        comment = false;
        var end = i;
        while (i < _text.Length && _text[i] != '\n')
        {
            var c = _text[i];
            if (c == ':' && BlankAt(i + 1))
            {
                throw Fail();
            }

            if (c == '#' && _text[i - 1] == ' ')
            {
                comment = true;
                break;
            }

            i++;
            if (c != ' ')
            {
                end = i;
            }
        }

        return end;
    }

    private YScalar ReadDoubleQuoted(int start, int depth, out int end)
    {
        var builder = _builder.Clear();
        var i = start + 1;
        var plain = true;
        while (true)
        {
            var c = At(i);
            if (c is '\0' or '\n')
            {
                throw Fail();
            }

            if (c == '"')
            {
                break;
            }

            if (c != '\\')
            {
                builder.Append(c);
                i++;
                continue;
            }

            plain = false;
            var e = At(i + 1);
            switch (e)
            {
                case '\\' or '"' or '/':
                    builder.Append(e);
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case '0':
                    builder.Append('\0');
                    break;
                case 'a':
                    builder.Append('\a');
                    break;
                case 'b':
                    builder.Append('\b');
                    break;
                case 'v':
                    builder.Append('\v');
                    break;
                case 'f':
                    builder.Append('\f');
                    break;
                case 'e':
                    builder.Append('\x1B');
                    break;
                case ' ':
                    builder.Append(' ');
                    break;
                case 'x' or 'u':
                    var digits = e == 'x' ? 2 : 4;
                    var code = 0;
                    for (var d = 0; d < digits; d++)
                    {
                        var h = HexValue(At(i + 2 + d));
                        if (h < 0)
                        {
                            throw Fail();
                        }

                        code = (code * 16) + h;
                    }

                    if (char.IsSurrogate((char)code))
                    {
                        throw Fail();
                    }

                    builder.Append((char)code);
                    i += digits;
                    break;
                default:
                    throw Fail();
            }

            i += 2;
        }

        end = i + 1;
        var value = plain ? Text(start + 1, i - start - 1, MaxPooledValue) : builder.ToString();
        return Scalar(start, end, value, YScalarStyle.DoubleQuoted, depth);
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private YScalar ReadSingleQuoted(int start, int depth, out int end)
    {
        var i = start + 1;
        var doubled = false;
        while (true)
        {
            var c = At(i);
            if (c is '\0' or '\n')
            {
                throw Fail();
            }

            if (c == '\'')
            {
                if (At(i + 1) == '\'')
                {
                    doubled = true;
                    i += 2;
                    continue;
                }

                break;
            }

            i++;
        }

        end = i + 1;
        var value = Text(start + 1, i - start - 1, MaxPooledValue);
        if (doubled)
        {
            value = value.Replace("''", "'", StringComparison.Ordinal);
        }

        return Scalar(start, end, value, YScalarStyle.SingleQuoted, depth);
    }

    /// <summary>A flow list or mapping that closes on the same line; <paramref name="end"/> is just after it.</summary>
    private YNode ReadFlow(int start, int depth, out int end)
    {
        Count(depth);
        var sequence = _text[start] == '[';
        var close = sequence ? ']' : '}';
        var first = sequence ? _items.Count : _entries.Count;
        HashSet<string>? seen = null;
        var i = SkipSpaces(start + 1);
        if (At(i) != close)
        {
            while (true)
            {
                if (sequence)
                {
                    _items.Add(ReadFlowNode(i, depth + 1, key: false, out i));
                }
                else
                {
                    if (At(i) is '[' or '{')
                    {
                        throw Fail();
                    }

                    var key = (YScalar)ReadFlowNode(i, depth + 1, key: true, out i);
                    if (At(i) != ':' || At(i + 1) != ' ')
                    {
                        throw Fail();
                    }

                    CheckUnique(first, key.Value, ref seen);
                    var value = ReadFlowNode(SkipSpaces(i + 1), depth + 1, key: false, out i);
                    _entries.Add(new(key, value));
                }

                i = SkipSpaces(i);
                if (At(i) == ',')
                {
                    i = SkipSpaces(i + 1);
                    if (At(i) == close)
                    {
                        throw Fail();
                    }

                    continue;
                }

                if (At(i) != close)
                {
                    throw Fail();
                }

                break;
            }
        }

        // YamlDotNet ends a flow collection's span at its closing bracket.
        end = i + 1;
        var span = TextSpan.FromBounds(start, i);
        return sequence ? new YSequence(_file, span, Take(_items, first)) : new YMapping(_file, span, Take(_entries, first));
    }

    private int SkipSpaces(int i)
    {
        while (At(i) == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>A node inside a flow collection; <paramref name="next"/> is just after it.</summary>
    private YNode ReadFlowNode(int i, int depth, bool key, out int next)
    {
        switch (At(i))
        {
            case '"':
                return ReadDoubleQuoted(i, depth, out next);
            case '\'':
                return ReadSingleQuoted(i, depth, out next);
            case '[' or '{':
                return ReadFlow(i, depth, out next);
        }

        if (!PlainStart(i, flow: true))
        {
            throw Fail();
        }

        var start = i;
        var end = i;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c is ',' or '[' or ']' or '{' or '}' or '\n')
            {
                break;
            }

            if (c == ':')
            {
                // Only "key: value" in a flow mapping; any other ':' is left to YamlDotNet.
                if (key && At(i + 1) == ' ')
                {
                    break;
                }

                throw Fail();
            }

            if (c == '#' && _text[i - 1] == ' ')
            {
                throw Fail();
            }

            i++;
            if (c != ' ')
            {
                end = i;
            }
        }

        next = end;
        return Scalar(start, end, Text(start, end - start, MaxPooledValue), YScalarStyle.Plain, depth);
    }

    /// <summary>
    /// A literal ('|') or folded ('>') block scalar, with optional chomping ('-', '+'), its indentation found from the
    /// first line, as libyaml and YamlDotNet scan it. Its span ends after the last line break it takes.
    /// </summary>
    private YScalar ReadBlockScalar(int start, int parentIndent, int depth)
    {
        var literal = _text[start] == '|';
        var i = start + 1;
        var chomping = 0;
        if (At(i) == '-')
        {
            chomping = -1;
            i++;
        }
        else if (At(i) == '+')
        {
            chomping = 1;
            i++;
        }

        i = SkipSpaces(i);
        if (!AtLineEnd(i) || i >= _text.Length)
        {
            throw Fail();
        }

        i++;

        // Leading empty lines; a leading line of spaces is left to YamlDotNet (it has its own error for too many).
        var builder = _builder.Clear();
        var trailingBreaks = 0;
        while (At(i) == '\n')
        {
            trailingBreaks++;
            i++;
        }

        var indent = 0;
        while (At(i + indent) == ' ')
        {
            indent++;
        }

        if (At(i + indent) is '\n' or '\0' || indent <= parentIndent)
        {
            throw Fail();
        }

        var leadingBreak = false;
        var leadingBlank = false;
        while (true)
        {
            // i is at a line start with at least `indent` spaces: a content line.
            i += indent;
            var trailingBlank = At(i) == ' ';
            if (!literal && leadingBreak && !leadingBlank && !trailingBlank)
            {
                if (trailingBreaks == 0)
                {
                    builder.Append(' ');
                }
            }
            else if (leadingBreak)
            {
                builder.Append('\n');
            }

            builder.Append('\n', trailingBreaks);
            trailingBreaks = 0;
            leadingBlank = trailingBlank;
            var lineEnd = LineEnd(i);
            builder.Append(_text, i, lineEnd - i);
            i = lineEnd;
            if (i >= _text.Length)
            {
                leadingBreak = false;
                break;
            }

            leadingBreak = true;
            i++;

            // The breaks: lines of at most `indent` spaces; stop at a line with content.
            var stop = false;
            while (true)
            {
                var lineStart = i;
                while (i - lineStart < indent && At(i) == ' ')
                {
                    i++;
                }

                if (At(i) == '\n')
                {
                    trailingBreaks++;
                    i++;
                    continue;
                }

                if (i >= _text.Length || i - lineStart < indent)
                {
                    // YamlDotNet ends the span at the start of the line that ends the scalar.
                    i = Math.Min(lineStart, _text.Length);
                    stop = true;
                }
                else
                {
                    i = lineStart;
                }

                break;
            }

            if (stop)
            {
                break;
            }
        }

        if (chomping != -1 && leadingBreak)
        {
            builder.Append('\n');
        }

        if (chomping == 1)
        {
            builder.Append('\n', trailingBreaks);
        }

        _pos = i;
        return Scalar(start, i, builder.ToString(), literal ? YScalarStyle.Literal : YScalarStyle.Folded, depth);
    }
}
