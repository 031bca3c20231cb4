using IgjNormen.Model;

namespace IgjNormen.Evaluation;

/// <summary>
/// The facts a set of norms reads, to load them into the cache before evaluating. Evaluating one provider after another
/// (a bulk run) finds each provider's values outside the cache; read in the order the toetsen need them, every miss
/// waits for the one before. Touching them first in a short loop of independent reads lets the processor fetch them
/// side by side: first the facts, then the elements of the lists among them.
/// </summary>
internal sealed class FactPrefetch
{
    private readonly int[] _slots;
    private readonly int[] _lists;

    public FactPrefetch(IEnumerable<Norm> norms)
    {
        var slots = new SortedSet<int>();
        var lists = new SortedSet<int>();
        foreach (var norm in norms)
        {
            foreach (var version in norm.Versies)
            {
                Add(version.Toepassing ?? norm.Toepassing);
                foreach (var criterion in version.Criteria)
                {
                    Add(criterion.Toets);
                }
            }
        }

        _slots = [.. slots];
        _lists = [.. lists];

        void Add(Condition? condition)
        {
            if (condition is null)
            {
                return;
            }

            foreach (var fact in condition.Facts)
            {
                slots.Add(fact.Index);
                if (fact.Kind == FactKind.List)
                {
                    lists.Add(fact.Index);
                }
            }
        }
    }

    /// <summary>
    /// Touches the facts, then the lists among them, then their elements, then the rest of each element: in each
    /// step the reads do not depend on each other, so their cache misses overlap. The sum only keeps the reads from
    /// being dropped.
    /// </summary>
    public int Touch(Value[] facts)
    {
        var sum = 0;
        foreach (var slot in _slots)
        {
            if ((uint)slot < (uint)facts.Length)
            {
                sum += (int)facts[slot].Kind;
            }
        }

        var lists = 0;
        Span<int> present = stackalloc int[_lists.Length];
        foreach (var slot in _lists)
        {
            if ((uint)slot < (uint)facts.Length && facts[slot].Kind == ValueKind.List)
            {
                sum += facts[slot].AsList.Length;
                present[lists++] = slot;
            }
        }

        present = present[..lists];
        foreach (var slot in present)
        {
            foreach (var record in facts[slot].AsList)
            {
                sum += record.Length;
            }
        }

        // A value is 24 bytes: every other field starts in each 64-byte line of an element.
        foreach (var slot in present)
        {
            foreach (var record in facts[slot].AsList)
            {
                for (var i = 2; i < record.Length; i += 2)
                {
                    sum += (int)record[i].Kind;
                }
            }
        }

        return sum;
    }
}
