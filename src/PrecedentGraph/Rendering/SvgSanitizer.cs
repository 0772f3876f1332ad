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

    /// <summary>Sanitizes, and when <paramref name="title"/> is given makes the root's first children a title and
    /// a description (replacing any there), so screen readers and search engines see what the figure shows.</summary>
    public static string Sanitize(string svg, string? title = null, string? description = null)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        XDocument document;
        using (var reader = XmlReader.Create(new StringReader(svg), settings))
        {
            document = XDocument.Load(reader);
        }
        document.DocumentType?.Remove();
        var root = document.Root ?? throw new RenderingException("Graphviz wrote an SVG without a root element");
        Clean(root);
        if (title is not null)
        {
            var ns = root.Name.Namespace;
            root.Elements().Where(e => e.Name.LocalName is "title" or "desc").Remove();
            root.AddFirst(
                new XElement(ns + "title", LabelText.Clean(title)),
                new XElement(ns + "desc", LabelText.Clean(description ?? "")));
        }
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
