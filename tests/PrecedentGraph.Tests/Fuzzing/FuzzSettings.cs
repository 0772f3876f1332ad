using System.Globalization;
using FsCheck;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>How many cases each fuzz property runs. CI runs the defaults (about 5,000 cases, the suite in under a
/// minute). A long run sets PRECEDENTGRAPH_FUZZ_CASES=N, a total over the suite: each property then runs its share
/// of N (cheap properties a larger share), so N=100000 runs about 100,000 cases in all:
///     PRECEDENTGRAPH_FUZZ_CASES=100000 dotnet test --filter "FullyQualifiedName~PrecedentGraph.Tests.Fuzzing"</summary>
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

    /// <summary>The number of cases for a property whose CI default is <paramref name="ciDefault"/> and whose share of
    /// a long run is <paramref name="share"/> (the shares of the suite's properties add up to 1).</summary>
    public static int Cases(int ciDefault, double share) => Math.Max(ciDefault, (int)((Requested ?? 0) * share));

    /// <summary>An FsCheck configuration that runs <paramref name="cases"/> cases and throws (with the seed to replay)
    /// on the first failure.</summary>
    public static Config Config(int cases) =>
        FsCheck.Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true).WithEndSize(200);
}
