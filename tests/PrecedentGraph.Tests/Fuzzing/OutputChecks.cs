using System.Text.Json;
using System.Xml.Linq;
using PrecedentGraph.Graph;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>Writes a graph in every format and checks each parses and is inert: SVG, GraphML and GEXF are
/// well-formed XML (SVG with no active content), the JSON formats are valid JSON, CSV has the same number of
/// fields on every record with no formula left bare, DOT has no control characters (Graphviz parses it in
/// <see cref="DotChecker"/>). Returns the DOT.</summary>
public static class OutputChecks
{
    private static readonly string[] ActiveElements = ["script", "foreignObject", "iframe", "object", "embed", "image", "use", "animate", "set", "handler"];

    public static string AllFormats(DecisionGraph graph, DiagramOptions? options = null)
    {
        options ??= DiagramOptions.Default;
        Svg(BuiltinSvgRenderer.Render(graph, options));
        Xml(GraphMlWriter.Write(graph), "GraphML");
        Xml(GexfWriter.Write(graph), "GEXF");
        Json(GraphJsonWriter.Write(graph), "graph JSON");
        Json(CytoscapeJsonWriter.Write(graph), "Cytoscape JSON");
        Json(AifJsonWriter.Write(graph), "AIF JSON");
        Csv(CsvEdgeWriter.Write(graph), graph.Edges.Count);
        var dot = DotWriter.Write(graph, options);
        Assert.All(dot, c => Assert.False(char.IsControl(c) && c != '\n', $"control character U+{(int)c:X4} in DOT"));
        Assert.False(HasLoneSurrogate(dot), "lone surrogate in DOT");
        return dot;
    }

    public static XDocument Xml(string xml, string what)
    {
        try
        {
            var document = XDocument.Parse(xml);
            Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName.Equals("script", StringComparison.OrdinalIgnoreCase));
            return document;
        }
        catch (System.Xml.XmlException e)
        {
            throw new Xunit.Sdk.XunitException($"{what} is not well-formed XML: {e.Message}");
        }
    }

    public static void Svg(string svg)
    {
        var document = Xml(svg, "SVG");
        Assert.DoesNotContain(document.Descendants(), e => ActiveElements.Contains(e.Name.LocalName, StringComparer.OrdinalIgnoreCase));
        foreach (var attribute in document.Descendants().SelectMany(e => e.Attributes()))
        {
            var name = attribute.Name.LocalName;
            Assert.False(name.StartsWith("on", StringComparison.OrdinalIgnoreCase), "event handler attribute " + name);
            Assert.False(name.Equals("href", StringComparison.OrdinalIgnoreCase), "href attribute in SVG");
            Assert.DoesNotContain("javascript:", attribute.Value, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Empty(document.DescendantNodes().OfType<XProcessingInstruction>());
        Assert.Null(document.DocumentType);
    }

    public static void Json(string json, string what)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"{what} is not valid JSON: {e.Message}");
        }
    }

    /// <summary>Parses RFC 4180 CSV: every record has the header's field count, there is one record per edge, and no
    /// field starts with a formula character (= + - @) unless the writer neutralized it.</summary>
    public static void Csv(string csv, int edges)
    {
        var records = ParseCsv(csv);
        Assert.Equal(edges + 1, records.Count);
        var width = records[0].Count;
        foreach (var record in records)
        {
            Assert.Equal(width, record.Count);
            foreach (var field in record)
            {
                Assert.False(field.Length > 0 && field[0] is '=' or '+' or '@' or '\t' or '\r', "formula left bare in CSV: " + field);
            }
        }
    }

    /// <summary>A strict RFC 4180 reader: a quote inside an unquoted field, or text after a closing quote, fails.</summary>
    public static List<List<string>> ParseCsv(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var i = 0;
        while (i < csv.Length)
        {
            string field;
            if (csv[i] == '"')
            {
                var builder = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    Assert.True(i < csv.Length, "unterminated quoted CSV field");
                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"')
                        {
                            builder.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    builder.Append(csv[i++]);
                }
                field = builder.ToString();
            }
            else
            {
                var start = i;
                while (i < csv.Length && csv[i] is not (',' or '\r' or '\n'))
                {
                    Assert.True(csv[i] != '"', "quote inside an unquoted CSV field");
                    i++;
                }
                field = csv[start..i];
            }
            record.Add(field);
            if (i < csv.Length && csv[i] == ',')
            {
                i++;
                continue;
            }
            Assert.True(i + 1 < csv.Length + 1 && i < csv.Length && csv[i] == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n',
                $"CSV record not ended by CRLF at {i}");
            i += 2;
            records.Add(record);
            record = [];
        }
        return records;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return true;
                }
                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
