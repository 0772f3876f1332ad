using System.Text.RegularExpressions;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>Counts a label's words: runs of letters and digits, an inner apostrophe included ("officer's").</summary>
internal static partial class LabelWords
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    public static int Count(string label) => Word().Count(label);
}
