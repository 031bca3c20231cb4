using IgjNormen.Text;

namespace IgjNormen.Yaml;

/// <summary>A YAML node with its place in the file. Our own small tree: every node keeps its span.</summary>
public abstract class YNode
{
    protected YNode(SourceFile file, TextSpan span)
    {
        File = file;
        Span = span;
    }

    public SourceFile File { get; }

    public TextSpan Span { get; }

    public SourceLocation Location => new(File, Span);

    /// <summary>A Dutch word for the kind of node, used in messages ("een lijst", "een tekst").</summary>
    public abstract string KindDescription { get; }
}

public sealed class YMapping : YNode
{
    public YMapping(SourceFile file, TextSpan span, IReadOnlyList<KeyValuePair<YScalar, YNode>> entries)
        : base(file, span) => Entries = entries;

    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries { get; }

    public override string KindDescription => "een mapping (sleutel: waarde)";

    public YNode? this[string key]
    {
        get
        {
            var entries = Entries;
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].Key.Value == key)
                {
                    return entries[i].Value;
                }
            }

            return null;
        }
    }
}

public sealed class YSequence : YNode
{
    public YSequence(SourceFile file, TextSpan span, IReadOnlyList<YNode> items)
        : base(file, span) => Items = items;

    public IReadOnlyList<YNode> Items { get; }

    public override string KindDescription => "een lijst";
}
