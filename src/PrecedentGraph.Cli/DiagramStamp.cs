using System.Security.Cryptography;
using System.Text;

namespace PrecedentGraph.Cli;

/// <summary>Marks an SVG with the hash of the graph JSON it was drawn from, so a test can tell whether a committed
/// diagram is current whichever engine (Graphviz or built-in) drew it.</summary>
internal static class DiagramStamp
{
    private const string Prefix = "<!-- precedent-graph graph-sha256:";

    public static string Of(string graphJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(graphJson)));

    public static byte[] Apply(byte[] svg, string graphJson)
    {
        var text = Encoding.UTF8.GetString(svg);
        var at = text.IndexOf("<svg", StringComparison.Ordinal);
        var stamp = Prefix + Of(graphJson) + " -->\n";
        return Encoding.UTF8.GetBytes(at < 0 ? stamp + text : text.Insert(at, stamp));
    }

    /// <summary>The hash an SVG was stamped with, or null.</summary>
    public static string? Read(string svg)
    {
        var at = svg.IndexOf(Prefix, StringComparison.Ordinal);
        return at < 0 ? null : svg.Substring(at + Prefix.Length, 64);
    }
}
