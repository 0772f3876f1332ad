using System.Text;
using PrecedentGraph.Model;

namespace PrecedentGraph.Graph;

/// <summary>Stable node ids of the graph JSON contract ("opinion:slug:majority:roberts").</summary>
public static class NodeIds
{
    public static string Decision(string slug) => $"decision:{slug}";

    public static string Opinion(string slug, Opinion opinion) =>
        $"opinion:{slug}:{Relations.Name(opinion.Kind)}" + (opinion.Author is null ? "" : ":" + Slugify(opinion.Author));

    public static string Justice(string surname) => $"justice:{Slugify(surname)}";

    public static string Case(string key) => $"case:{key}";

    public static string Provision(string key) => $"provision:{key}";

    public static string Argument(string opinionId, int ordinal) =>
        "argument:" + opinionId["opinion:".Length..] + ":" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Lowercase ASCII letters and digits joined by single hyphens ("O'Connor" → "oconnor",
    /// "Marbury v. Madison" → "marbury-v-madison").</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var raw in text.Normalize(NormalizationForm.FormD))
        {
            var c = char.ToLowerInvariant(raw);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                builder.Append(c);
                pendingHyphen = false;
            }
            else if (c is '\'' or '\u2019' || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // apostrophes and accents vanish: "O'Connor" -> "oconnor"
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return builder.Length == 0 ? "untitled" : builder.ToString();
    }
}
