using System.Security.Cryptography;
using System.Text;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>A <see cref="SourceDocument"/> straight from a string (no reader), so stages see text the reader would refuse.</summary>
public static class FuzzDocuments
{
    public static SourceDocument Of(string text, InputForm? form = null) =>
        new("fuzz.txt", text, form ?? InputFormDetector.Detect(text), "text",
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Replace('\uD800', '?')))), null, null, null, []);
}
