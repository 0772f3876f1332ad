using System.Diagnostics;

namespace PrecedentGraph.Tests.Cli;

/// <summary>Runs the built precedent-graph CLI as a child process, as a user would.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "precedent-graph.dll");

    public static Result Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("precedent-graph did not finish: " + string.Join(' ', arguments));
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
