namespace TranslationQA.Core.Text;

/// <summary>Bounded edit distances for short strings (names).</summary>
public static class EditDistance
{
    /// <summary>
    /// Optimal-string-alignment distance (insert, delete, substitute, swap neighbours) of <paramref name="a"/> and
    /// <paramref name="b"/>; returns <paramref name="max"/> + 1 as soon as the distance must exceed <paramref name="max"/>.
    /// </summary>
    public static int Damerau(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Three rolling rows instead of a full matrix: the recurrence looks back two rows at most, and names are
        // compared by the thousand, so the matrix allocation was a steady source of garbage.
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 256 ? stackalloc int[width * 3] : new int[width * 3];
        var older = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, older[j - 2] + 1);
                }

                current[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = older;
            older = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
