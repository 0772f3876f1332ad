using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace PrecedentGraph.Rendering;

/// <summary>Makes an SVG safe to publish: no DOCTYPE, comments or processing instructions; no script,
/// foreignObject, links (&lt;a&gt; unwrapped), href attributes, on* handlers or style sheets that load anything.</summary>
public static class SvgSanitizer
{
    private static readonly HashSet<string> DroppedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "object", "embed", "image", "use", "animate", "set", "animateTransform", "animateMotion", "handler", "listener",
    };

    public static string Sanitize(string svg)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        XDocument document;
        using (var reader = XmlReader.Create(new StringReader(svg), settings))
        {
            document = XDocument.Load(reader);
        }
        document.DocumentType?.Remove();
        var root = document.Root ?? throw new RenderingException("Graphviz wrote an SVG without a root element");
        Clean(root);
        return Serialize(document);
    }

    private static void Clean(XElement element)
    {
        foreach (var attribute in element.Attributes().ToList())
        {
            var name = attribute.Name.LocalName;
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || name.Equals("href", StringComparison.OrdinalIgnoreCase)
                || attribute.Value.Contains("url(http", StringComparison.OrdinalIgnoreCase)
                || attribute.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)
                || (name is "target" or "base"))
            {
                attribute.Remove();
            }
        }
        foreach (var child in element.Elements().ToList())
        {
            var local = child.Name.LocalName;
            if (DroppedElements.Contains(local) || (local == "style" && child.Value.Contains("@import", StringComparison.OrdinalIgnoreCase)))
            {
                child.Remove();
            }
            else if (local == "a")
            {
                Clean(child);
                child.ReplaceWith(child.Nodes());
            }
            else
            {
                Clean(child);
            }
        }
    }

    internal static string Serialize(XDocument document)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = " ",
            NewLineChars = "\n",
            OmitXmlDeclaration = false,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
