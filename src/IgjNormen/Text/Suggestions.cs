namespace IgjNormen.Text;

/// <summary>"Bedoelde u …?": the closest candidate by edit distance, when it is close enough.</summary>
public static class Suggestions
{
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(2, name.Length / 3);
        foreach (var candidate in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            var distance = Distance(name, candidate, limit);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>" Bedoelde u 'x'?" or an empty string: appended to messages.</summary>
    public static string Hint(string name, IEnumerable<string> candidates) =>
        Closest(name, candidates) is { } best ? $" Bedoelde u '{best}'?" : string.Empty;

    /// <summary>Levenshtein distance, giving up (returning limit + 1) once it must exceed the limit.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit == int.MaxValue ? limit : limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
