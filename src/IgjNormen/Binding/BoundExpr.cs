using IgjNormen.Evaluation;
using IgjNormen.Text;

namespace IgjNormen.Binding;

/// <summary>
/// A type-checked expression node with every name resolved to a slot: evaluation walks this tree without looking
/// anything up by name.
/// </summary>
public abstract class BoundExpr
{
    protected BoundExpr(ToetsType type, TextSpan span)
    {
        Type = type;
        Span = span;
    }

    public ToetsType Type { get; }

    public TextSpan Span { get; }

    public abstract Value Evaluate(EvaluationContext context);
}
