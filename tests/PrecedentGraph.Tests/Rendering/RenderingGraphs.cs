using PrecedentGraph.Graph;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Rendering;

/// <summary>Constructed graphs for the rendering tests (invented names only).</summary>
internal static class RenderingGraphs
{
    /// <summary>A decision with three opinions, arguments, eight cited cases and every treatment relation.</summary>
    public static DecisionGraph Constructed()
    {
        var nodes = new List<GraphNode>
        {
            new("decision:alder-v-birchwood", "Alder v. Birchwood Township", NodeKind.Decision) { Citation = "601 U.S. 100", Year = 2019 },
            Opinion("opinion:alder-v-birchwood:majority:whitcombe", "Opinion of the Court (Whitcombe)", OpinionKind.Majority, "Whitcombe", ["Ostrander", "Kellerman", "Pryce"]),
            Opinion("opinion:alder-v-birchwood:concurrence:ostrander", "Concurrence (Ostrander)", OpinionKind.Concurrence, "Ostrander", []),
            Opinion("opinion:alder-v-birchwood:dissent:halloway", "Dissent (Halloway)", OpinionKind.Dissent, "Halloway", ["Delacroix"]),
            new("justice:whitcombe", "Justice Whitcombe", NodeKind.Justice),
            new("justice:ostrander", "Justice Ostrander", NodeKind.Justice),
            new("justice:halloway", "Justice Halloway", NodeKind.Justice),
            Case("case:quill-v-farrow", "Quill v. Farrow", "455 U.S. 12", 1982),
            Case("case:state-v-tamsin", "State v. Tamsin", null, null),
            Case("case:corbin-v-united-states", "Corbin v. United States", "301 U.S. 45", 1937),
            Case("case:united-states-v-merrow", "United States v. Merrow", "512 U.S. 230", 1994),
            Case("case:pell-v-ashdown", "Pell v. Ashdown", "388 U.S. 77", 1967),
            Case("case:rourke-v-county-of-lysander", "Rourke v. County of Lysander", "540 U.S. 500", 2004),
            Case("case:hanley-v-dorset", "Hanley v. Dorset", "499 U.S. 9", 1991),
            Case("case:ivers-v-natchez-board", "Ivers v. Natchez Board of Education", null, 1975),
            new("provision:usc-42-1983", "42 U.S.C. § 1983", NodeKind.Provision),
            Argument("argument:alder-v-birchwood:majority:whitcombe:1", "opinion:alder-v-birchwood:majority:whitcombe", "A warrant approved by a magistrate is evidence of objective reasonableness"),
            Argument("argument:alder-v-birchwood:majority:whitcombe:2", "opinion:alder-v-birchwood:majority:whitcombe", "The officers sought review from superiors and a prosecutor"),
            Argument("argument:alder-v-birchwood:majority:whitcombe:3", "opinion:alder-v-birchwood:majority:whitcombe", "Qualified immunity protects the officers"),
            Argument("argument:alder-v-birchwood:concurrence:ostrander:1", "opinion:alder-v-birchwood:concurrence:ostrander", "The doctrine should be reconsidered in a proper case"),
            Argument("argument:alder-v-birchwood:dissent:halloway:1", "opinion:alder-v-birchwood:dissent:halloway", "No reasonable officer would rely on an obviously overbroad warrant"),
            Argument("argument:alder-v-birchwood:dissent:halloway:2", "opinion:alder-v-birchwood:dissent:halloway", "Review by a magistrate cannot cure a facially invalid warrant"),
        };
        const string M = "opinion:alder-v-birchwood:majority:whitcombe";
        const string C = "opinion:alder-v-birchwood:concurrence:ostrander";
        const string D = "opinion:alder-v-birchwood:dissent:halloway";
        var edges = new List<GraphEdge>
        {
            new("justice:whitcombe", M, Relations.Authored),
            new("justice:ostrander", M, Relations.Joins),
            new("justice:ostrander", C, Relations.Authored),
            new("justice:halloway", D, Relations.Authored),
            new(M, "decision:alder-v-birchwood", Relations.PartOf),
            new(C, "decision:alder-v-birchwood", Relations.PartOf),
            new(D, "decision:alder-v-birchwood", Relations.PartOf),
            new(C, M, Relations.ConcursWith),
            new(D, M, Relations.DissentsFrom),
            Treat(M, "case:quill-v-farrow", Relations.ReliesOn, true, 6),
            Treat(M, "case:pell-v-ashdown", Relations.ReliesOn, false, 2),
            Treat(M, "case:united-states-v-merrow", Relations.Distinguishes, false, 1),
            Treat(M, "case:state-v-tamsin", Relations.Cites, false, 1),
            Treat(M, "case:hanley-v-dorset", Relations.Explains, false, 1),
            Treat(C, "case:corbin-v-united-states", Relations.Criticizes, true, 2),
            Treat(C, "case:ivers-v-natchez-board", Relations.Limits, false, 1),
            Treat(D, "case:quill-v-farrow", Relations.Distinguishes, true, 3),
            Treat(D, "case:rourke-v-county-of-lysander", Relations.ReliesOn, false, 2),
            Treat(D, "case:corbin-v-united-states", Relations.Overrules, false, 1),
            Treat(M, "provision:usc-42-1983", Relations.Cites, false, 1),
            new(M, "argument:alder-v-birchwood:majority:whitcombe:1", Relations.Makes),
            new(M, "argument:alder-v-birchwood:majority:whitcombe:2", Relations.Makes),
            new(M, "argument:alder-v-birchwood:majority:whitcombe:3", Relations.Makes),
            new(C, "argument:alder-v-birchwood:concurrence:ostrander:1", Relations.Makes),
            new(D, "argument:alder-v-birchwood:dissent:halloway:1", Relations.Makes),
            new(D, "argument:alder-v-birchwood:dissent:halloway:2", Relations.Makes),
            new("argument:alder-v-birchwood:majority:whitcombe:1", "argument:alder-v-birchwood:majority:whitcombe:3", Relations.Supports),
            new("argument:alder-v-birchwood:majority:whitcombe:2", "argument:alder-v-birchwood:majority:whitcombe:3", Relations.Supports),
            new("argument:alder-v-birchwood:dissent:halloway:2", "argument:alder-v-birchwood:majority:whitcombe:1", Relations.Attacks),
            new("argument:alder-v-birchwood:dissent:halloway:2", "argument:alder-v-birchwood:dissent:halloway:1", Relations.Supports),
            new("argument:alder-v-birchwood:majority:whitcombe:1", "case:quill-v-farrow", Relations.ReliesOn) { Quoted = true },
        };
        return new DecisionGraph("Alder v. Birchwood Township", "constructed", InputForm.Normalized, nodes, edges);
    }

    /// <summary>Every label hostile: quotes, backslashes (one trailing), markup, CDATA end, ampersands, line
    /// breaks, control characters, right-to-left and combining text, a broken surrogate, a very long name.</summary>
    public static IReadOnlyList<string> HostileLabels { get; } =
    [
        "Say \"hello\" v. O'Brien",
        "Back\\slash v. Trailing\\",
        "<script>alert(1)</script> v. State",
        "CDATA ]]> end v. <![CDATA[x]]>",
        "Smith & Wesson v. AT&T &amp; &lt;Co&gt;",
        "Line\nbreak v. Carriage\r\nReturn",
        "Control\u0001\u0007\u001b v. Nul\u0000Byte",
        "\u05D9\u05E9\u05E8\u05D0\u05DC v. \u0645\u0635\u0631",
        "Cafe\u0301 v. Zo\u0308e and n\u0303",
        "Emoji \U0001F600 v. Broken \uD800 surrogate",
        "Brace {x} v. [y]; -> -- digraph \\N \\G \\l",
        "=HYPERLINK(\"http://x\") v. +1 -2 @SUM",
        new string('W', 40) + " " + string.Join(" ", Enumerable.Repeat("Verylongpartyname", 120)),
    ];

    /// <summary>The constructed graph with its case, opinion, author and argument labels replaced by hostile ones.</summary>
    public static DecisionGraph Hostile()
    {
        var graph = Constructed();
        var labels = HostileLabels;
        var nodes = new List<GraphNode>();
        var i = 0;
        foreach (var node in graph.Nodes)
        {
            var label = labels[i++ % labels.Count];
            nodes.Add(node.Kind switch
            {
                NodeKind.Opinion => node with { Label = label, Author = labels[(i + 3) % labels.Count], JoinedBy = [labels[(i + 5) % labels.Count]] },
                NodeKind.Case => node with { Label = label, Citation = labels[(i + 1) % labels.Count] },
                _ => node with { Label = label },
            });
        }
        return graph with { Label = labels[0] + " " + labels[3], Nodes = nodes };
    }

    /// <summary>A corpus-like graph of about <paramref name="size"/> nodes: decisions with opinions, arguments
    /// and treatment edges to a shared pool of cases (fixed seed).</summary>
    public static DecisionGraph Large(int size)
    {
        var random = new Random(20240611);
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var caseCount = size / 2;
        for (var c = 0; c < caseCount; c++)
        {
            nodes.Add(Case($"case:c{c}", $"Party{c} v. Respondent{c % 17} County", $"{300 + c} U.S. {c * 3 + 1}", 1900 + random.Next(120)));
        }
        var treatments = new[] { Relations.ReliesOn, Relations.Distinguishes, Relations.Cites, Relations.Criticizes, Relations.Limits, Relations.Explains };
        var d = 0;
        while (nodes.Count < size)
        {
            var decision = $"decision:d{d}";
            nodes.Add(new GraphNode(decision, $"Decision number {d} v. Someone", NodeKind.Decision) { Year = 2000 + d });
            foreach (var kind in new[] { OpinionKind.Majority, OpinionKind.Dissent })
            {
                var opinion = $"opinion:d{d}:{Relations.Name(kind)}:j{d}";
                nodes.Add(Opinion(opinion, $"{kind} of decision {d}", kind, $"Judge{d % 9}", [$"Judge{(d + 1) % 9}"]));
                edges.Add(new GraphEdge(opinion, decision, Relations.PartOf));
                for (var a = 0; a < 2 && nodes.Count < size; a++)
                {
                    var argument = $"argument:d{d}:{Relations.Name(kind)}:{a}";
                    nodes.Add(Argument(argument, opinion, $"Argument {a} of opinion {d} about the reasonableness of the search"));
                    edges.Add(new GraphEdge(opinion, argument, Relations.Makes));
                    edges.Add(new GraphEdge(argument, $"case:c{random.Next(caseCount)}", Relations.ReliesOn));
                }
                for (var t = 0; t < 3; t++)
                {
                    edges.Add(Treat(opinion, $"case:c{random.Next(caseCount)}", treatments[random.Next(treatments.Length)], random.Next(4) == 0, 1 + random.Next(5)));
                }
            }
            d++;
        }
        var ids = nodes.Select(n => n.Id).ToHashSet();
        return new DecisionGraph("Large corpus graph", "constructed", InputForm.Normalized, nodes, edges.Where(e => ids.Contains(e.Source) && ids.Contains(e.Target)).ToList());
    }

    private static GraphNode Opinion(string id, string label, OpinionKind kind, string author, IReadOnlyList<string> joiners) =>
        new(id, label, NodeKind.Opinion) { OpinionKind = kind, Author = author, JoinedBy = joiners, Decision = "decision:alder-v-birchwood" };

    private static GraphNode Case(string id, string label, string? citation, int? year) =>
        new(id, label, NodeKind.Case) { Citation = citation, Citations = citation is null ? null : [citation], Year = year };

    private static GraphNode Argument(string id, string opinion, string label) =>
        new(id, label, NodeKind.Argument) { Opinion = opinion, Text = label + ".", Role = ArgumentRole.Reason };

    private static GraphEdge Treat(string from, string to, string relation, bool quoted, int count) =>
        new(from, to, relation) { Quoted = quoted, Count = count, Evidence = ["Evidence sentence for " + relation + "."], Cue = "cue" };
}
