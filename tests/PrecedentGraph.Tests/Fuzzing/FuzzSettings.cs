using System.Globalization;
using FsCheck;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>How many cases each fuzz property runs. CI runs the defaults (the whole suite in well under a minute);
/// a long run sets PRECEDENTGRAPH_FUZZ_CASES=N, and every property then runs at least N cases
/// (see Fuzzing/README.md).</summary>
public static class FuzzSettings
{
    public const string CasesVariable = "PRECEDENTGRAPH_FUZZ_CASES";

    /// <summary>The count from the environment, or null when it is not set (or not a positive number).</summary>
    public static int? Requested
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(CasesVariable);
            return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var cases) && cases > 0 ? cases : null;
        }
    }

    /// <summary>The number of cases for a property whose CI default is <paramref name="ciDefault"/>.</summary>
    public static int Cases(int ciDefault) => Math.Max(ciDefault, Requested ?? 0);

    /// <summary>An FsCheck configuration that runs <paramref name="cases"/> cases and throws (with the seed to replay)
    /// on the first failure.</summary>
    public static Config Config(int cases) =>
        FsCheck.Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true).WithEndSize(200);
}
