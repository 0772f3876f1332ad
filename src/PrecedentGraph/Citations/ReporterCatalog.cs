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
        + @"Cranch|Black|Otto|WL|Wall\.|How\.|Wheat\.|Pet\.|Dall\.|"
        + @"(?:[A-Z][A-Za-z']{0,9}\.\s?(?:&\s)?){1,6}(?:2d|3d|4th)?|"
        + BarePattern;

    /// <summary>Reporters written without a period, as state and nominative reporters often are ("Iowa",
    /// "Ohio St.", "Cranch", "So. 2d" written "So 2d", "Term R."). A citation in such a reporter counts only
    /// after a case name with "v.": the shape alone is too common in prose.</summary>
    public const string BarePattern =
        @"[A-Z][a-z][A-Za-z']{1,9}(?:\s(?:[A-Z][A-Za-z']{0,6}\.|Law|Eq|App|St|Ch)){0,3}(?:\s?(?:2d|3d|4th))?";

    /// <summary>Statute books that share the reporter shape ("42 U.S.C. 1983", "92 Stat. 1234"); the provision
    /// finder handles them.</summary>
    private static readonly HashSet<string> StatuteBooks = new(StringComparer.Ordinal)
    {
        "U.S.C.", "U.S.C.A.", "Stat.", "C.F.R.", "Fed.Reg.", "U.S.C.App.", "Pub.L.", "Cong.Rec.", "Cong.", "Sess.",
        "S.Rep.", "H.R.Rep.", "Op.Atty.Gen.", "Ops.Atty.Gen.", "App.", "Tr.", "Pet.forCert.", "No.", "Nos.", "Art.",
        "Rule", "Ann.", "Code", "Rev.Stat.", "Stat.Ann.", "Comp.Laws", "Ex.", "Sec.", "Doc.", "Rep.", "Res.",
        "Cl.", "Vol.", "Id.", "Ibid.", "Rec.", "Reg.", "J.", "JJ.", "Pp.", "Mass.Gen.Laws", "Cir.", "Cir", "C.C.A.",
        "Supp.", "Ed.", "Ch.", "Tit.", "Div.", "Part", "Pt.", "Stats.", "Laws", "Acts", "Const.", "Amend.", "Cong.Globe",
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
        if (!reporter.AsSpan().ContainsAny(WhiteSpace))
        {
            return reporter; // most are canonical already ("U.S.", "F.3d"): no copy
        }
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

    private static readonly System.Buffers.SearchValues<char> WhiteSpace = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    /// <summary>True when the reporter has no period at all ("Iowa", "Cranch", "WL").</summary>
    public static bool IsBare(string reporter) => !reporter.Contains('.', StringComparison.Ordinal) && reporter is not ("Cranch" or "Black" or "Otto");

    /// <summary>True when the matched "reporter" is really a statute book or a record reference.</summary>
    public static bool IsStatuteOrRecord(string reporter)
    {
        var compact = Compact(reporter);
        return StatuteBooks.Contains(compact) || IsJournal(compact);
    }

    /// <summary>Law reviews and journals ("82 Harv. L. Rev. 1486", "64 Yale L.J. 1"): articles, not cases.</summary>
    private static bool IsJournal(string compact) =>
        compact.EndsWith("Rev.", StringComparison.Ordinal) || compact.EndsWith("L.J.", StringComparison.Ordinal)
        || compact.EndsWith("L.Q.", StringComparison.Ordinal) || compact.Contains("L.Rev.", StringComparison.Ordinal)
        || compact.Contains("J.", StringComparison.Ordinal) && compact.Contains("L.", StringComparison.Ordinal) && compact.EndsWith("J.", StringComparison.Ordinal);

    /// <summary>Law reviews and journals beyond those <see cref="IsStatuteOrRecord"/> drops ("Am. J. Crim. L.",
    /// "Colum. L. Rev."), read before a one-party name, which an article's author looks like: a "J.", "Q." or "Rev." word,
    /// or an "L." word that is not part of an agency's initials ("N. L. R. B.") or "L. Ed.".</summary>
    public static bool IsJournalLike(string reporter) => JournalLike[reporter];

    // the same few hundred reporters come back in every document: each is read once for the run
    private static readonly BoundedMemo<bool> JournalLike = new(100_000, ReadJournalLike);

    private static bool ReadJournalLike(string reporter)
    {
        var parts = reporter.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        var initialsOnly = parts.All(p => p.Length == 1 || p == "&");
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] is "J" or "Q" or "Rev" or "Sci" or "Stud" or "Pol'y" or "Bull"
                || parts[i] == "L" && !initialsOnly && !(i + 1 < parts.Length && parts[i + 1] == "Ed"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Order of preference for the primary citation: the official reports first.</summary>
    public static int Rank(string reporter) => Compact(reporter) switch
    {
        "U.S." => 0,
        "S.Ct." => 2,
        "L.Ed.2d" or "L.Ed." => 3,
        _ => 1,
    };
}
