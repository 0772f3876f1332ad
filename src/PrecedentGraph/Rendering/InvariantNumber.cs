using System.Globalization;

namespace PrecedentGraph.Rendering;

/// <summary>Numbers for DOT, SVG and XML: invariant culture, at most two decimals, no exponent, no "-0".</summary>
internal static class InvariantNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "0";
        }
        var text = Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
