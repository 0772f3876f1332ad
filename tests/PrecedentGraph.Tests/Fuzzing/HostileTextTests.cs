using System.Text;
using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;
using PrecedentGraph.Reading;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>Hostile text end to end: an invented decision whose cited case names and paragraphs carry quotes,
/// backslashes, markup, CDATA ends, control, right-to-left and combining characters or a very long name goes through
/// the reader, the whole pipeline and every writer: DOT parses in Graphviz, the built-in SVG is
/// well-formed with no active content, GraphML and GEXF are well-formed XML, JSON is valid, CSV is quoted.</summary>
public sealed class HostileTextTests
{
    private const string Template =
        "United States Supreme Court ALPHA v. {NAME}, (2001) No. 00-123 Argued: January 9, 2001    Decided: June 4, 2001\n"
        + "JUSTICE ADAMS delivered the opinion of the Court.\n"
        + "The question is whether the officers acted reasonably {PAYLOAD} when they relied on the warrant. In {NAME} v. Roe, 457 U.S. 800, 818 (1982), we held that officials are immune. See also Gamma v. {NAME}, 468 U.S. 897, 922 (1984).\n"
        + "We rely on {NAME} v. Roe, supra, at 819, and on 42 U.S.C. \u00a7 1983. \"{PAYLOAD}\" was the officer's answer.\n"
        + "We distinguish Delta v. Epsilon, 401 U.S. 12 (1971), because the warrant there was void on its face.\n"
        + "The judgment of the Court of Appeals is reversed.\n"
        + "It is so ordered.\n"
        + "JUSTICE BAKER, with whom JUSTICE CLARK joins, dissenting.\n"
        + "I would follow Gamma v. {NAME}, 468 U.S., at 923, and I respectfully dissent. {PAYLOAD}\n";

    public static TheoryData<string, string> Payloads => new()
    {
        { "quotes", "Say \"hello\" O'Brien \u201cCurly\u201d" },
        { "backslashes", "Back\\slash \\N \\G \\l trailing\\" },
        { "script", "<script>alert(1)</script><img src=x onerror=alert(1)>" },
        { "cdata", "CDATA ]]> end <![CDATA[x]]> <!-- comment -->" },
        { "entities", "AT&T &amp; &lt;Co&gt; &#0; &#xD800;" },
        { "control", "Nul\u0000Bell\u0007Esc\u001b[31mDel\u007f\u0085" },
        { "rtl", "\u05D9\u05E9\u05E8\u05D0\u05DC \u202eevil\u202c \u0645\u0635\u0631 \u200f" },
        { "combining", "Cafe\u0301 Zo\u0308e n\u0303\u0303\u0303\u0303 \U0001F600 \uD800" },
        { "dot-syntax", "}; digraph x { a -> b [label=\"pwn\"]; } // /* -- ->" },
        { "formula-sql", "=HYPERLINK(\"http://x\") +1 -2 @SUM '; DROP TABLE cases; --" },
        { "very-long", string.Concat(Enumerable.Repeat("Verylongpartyname ", 1500)) },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Analyze_HostileNamesAndParagraphs_EveryOutputWellFormedAndInert(string name, string payload)
    {
        var party = "Roe" + payload.Replace("\n", " ", StringComparison.Ordinal);
        var text = Template.Replace("{NAME}", party, StringComparison.Ordinal).Replace("{PAYLOAD}", payload, StringComparison.Ordinal);
        var document = Read(text, name + ".txt", text);
        var analysis = new DocumentAnalyzer().Analyze(document);

        SpanChecks.Analysis(analysis);
        Assert.True(analysis.Citations.Cases.Count >= 3, $"only {analysis.Citations.Cases.Count} citations found with {name}");
        Assert.Contains(analysis.Graph.Nodes, n => n.Kind == NodeKind.Case);
        var dots = new List<string>
        {
            OutputChecks.AllFormats(analysis.Graph),
            OutputChecks.AllFormats(analysis.Graph, new DiagramOptions { Layout = DiagramLayout.TopToBottom, Style = DiagramStyle.Paper, ShowJustices = true }),
        };
        DotChecker.Parse(dots);
    }

    /// <summary>The same hostile text as the JSON and HTML containers carry it.</summary>
    [Theory]
    [MemberData(nameof(Payloads))]
    public void Analyze_HostileTextInHtmlAndJson_ReadAndWellFormed(string name, string payload)
    {
        var text = Template.Replace("{NAME}", "Roe", StringComparison.Ordinal).Replace("{PAYLOAD}", payload, StringComparison.Ordinal);
        var html = "<html><head><title>Alpha v. " + payload + "</title></head><body><p>"
            + System.Net.WebUtility.HtmlEncode(text).Replace("\n", "</p><p>", StringComparison.Ordinal) + "</p>" + payload + "</body></html>";
        var json = "{\"case_name\": " + System.Text.Json.JsonSerializer.Serialize("Alpha v. " + payload) + ", \"plain_text\": "
            + System.Text.Json.JsonSerializer.Serialize(text) + "}";
        foreach (var (input, path) in new[] { (html, name + ".html"), (json, name + ".json") })
        {
            var document = Read(input, path, text);
            var analysis = new DocumentAnalyzer().Analyze(document);
            SpanChecks.Analysis(analysis);
            Assert.True(analysis.Citations.Cases.Count >= 3, $"only {analysis.Citations.Cases.Count} citations found in {path}");
            DotChecker.Parse([OutputChecks.AllFormats(analysis.Graph)]);
        }
    }

    /// <summary>The reader's document; where the reader refuses the text as binary (control characters), the text
    /// given straight to the stages, which must cope with it all the same.</summary>
    private static PrecedentGraph.Model.SourceDocument Read(string input, string path, string text)
    {
        try
        {
            return DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(input), path);
        }
        catch (InputException e) when (e.Problem.StartsWith("binary", StringComparison.Ordinal))
        {
            return FuzzDocuments.Of(text);
        }
    }
}
