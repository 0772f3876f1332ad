using System.Text;

namespace PrecedentGraph.Citations;

/// <summary>Reporters of case law as written in raw opinions ("U. S.", "S. Ct.", "L. Ed. 2d", "F.3d",
/// "F. Supp. 2d", "How.", state reporters) and codes that look like reporters but hold statutes.</summary>
internal static class ReporterCatalog
{
    /// <summary>Regex alternation of reporters: the named ones first, then a general "Abc. Def. 2d" shape.
    /// Every quantifier is bounded.</summary>
    public const string Pattern =
        @"U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed\.(?:\s?2d)?|F\.\s?(?:2d|3d|4th)|F\.\s?Supp\.(?:\s?(?:2d|3d))?|F\.|"
        + @"Cranch|Black|Otto|Wall\.|How\.|Wheat\.|Pet\.|Dall\.|"
        + @"(?:[A-Z][A-Za-z']{0,9}\.\s?(?:&\s)?){1,6}(?:2d|3d|4th)?";

    /// <summary>Statute books that share the reporter shape ("42 U.S.C. 1983", "92 Stat. 1234"); the provision
    /// finder handles them.</summary>
    private static readonly HashSet<string> StatuteBooks = new(StringComparer.Ordinal)
    {
        "U.S.C.", "U.S.C.A.", "Stat.", "C.F.R.", "Fed.Reg.", "U.S.C.App.", "Pub.L.", "Cong.Rec.", "Cong.", "Sess.",
        "S.Rep.", "H.R.Rep.", "Op.Atty.Gen.", "Ops.Atty.Gen.", "App.", "Tr.", "Pet.forCert.", "No.", "Nos.", "Art.",
        "Rule", "Ann.", "Code", "Rev.Stat.", "Stat.Ann.", "Comp.Laws", "Ex.", "Sec.", "Doc.", "Rep.", "Res.",
        "Cl.", "Vol.", "Id.", "Ibid.", "Rec.", "Reg.", "J.", "JJ.", "Pp.", "Mass.Gen.Laws",
    };

    /// <summary>"U. S." → "U.S.", "F. Supp. 2d" → "F. Supp. 2d" (the usual spacing).</summary>
    public static string Canonical(string reporter)
    {
        var compact = Compact(reporter);
        return compact switch
        {
            "U.S." => "U.S.",
            "S.Ct." => "S. Ct.",
            "L.Ed." => "L. Ed.",
            "L.Ed.2d" => "L. Ed. 2d",
            "F.Supp." => "F. Supp.",
            "F.Supp.2d" => "F. Supp. 2d",
            "F.Supp.3d" => "F. Supp. 3d",
            _ => compact.Length <= 6 ? compact : reporter.Trim(),
        };
    }

    /// <summary>The reporter without white space: the identity used to match short forms to full ones.</summary>
    public static string Compact(string reporter)
    {
        var builder = new StringBuilder(reporter.Length);
        foreach (var c in reporter)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>True when the matched "reporter" is really a statute book or a record reference.</summary>
    public static bool IsStatuteOrRecord(string reporter) => StatuteBooks.Contains(Compact(reporter));

    /// <summary>Order of preference for the primary citation: the official reports first.</summary>
    public static int Rank(string reporter) => Compact(reporter) switch
    {
        "U.S." => 0,
        "S.Ct." => 2,
        "L.Ed.2d" or "L.Ed." => 3,
        _ => 1,
    };
}
