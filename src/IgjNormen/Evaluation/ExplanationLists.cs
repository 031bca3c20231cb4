using System.Collections;
using IgjNormen.Model;
using IgjNormen.Results;

namespace IgjNormen.Evaluation;

/// <summary>
/// The values a criterion's toets read, written out only when someone reads them. Evaluation records which facts
/// (a reference to the toets's list of begrippen and to the bevindingen's values, which never change); the text
/// ("2025-01-13", "lijst met 2 elementen") is made on access. That keeps explanations cheap for callers that look at
/// a few criteria, or only serialise the result once.
/// </summary>
internal sealed class FactValueList(IReadOnlyList<FactDefinition> facts, Value[] values) : IReadOnlyList<FactValue>
{
    public int Count => facts.Count;

    public FactValue this[int index]
    {
        get
        {
            var fact = facts[index];
            return new FactValue(fact.Name, values[fact.Index].ToString());
        }
    }

    public IEnumerator<FactValue> GetEnumerator()
    {
        for (var i = 0; i < facts.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// The list elements that decided a quantifier, as "klachten.klachten[1]: kenmerk = "K-1", ingediend_op = …", written
/// out on access from the recorded (list, position) pairs (a range of an array that is never changed).
/// </summary>
internal sealed class WitnessList((FactDefinition List, int Position)[] witnesses, int start, int count, Value[] values) : IReadOnlyList<string>
{
    public int Count => count;

    public string this[int index]
    {
        get
        {
            if ((uint)index >= (uint)count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            var (list, position) = witnesses[start + index];
            var element = values[list.Index].AsList[position];
            var fields = new string[list.Fields.Count];
            for (var i = 0; i < fields.Length; i++)
            {
                var field = list.Fields[i];
                fields[i] = $"{field.Name} = {element[field.Index]}";
            }

            return $"{list.Name}[{position + 1}]: {string.Join(", ", fields)}";
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
