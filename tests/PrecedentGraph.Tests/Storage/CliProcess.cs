using System.Diagnostics;

namespace PrecedentGraph.Tests.Storage;

/// <summary>Runs the built CLI (precedent-graph.dll beside the tests) as a child process.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "precedent-graph.dll");

    public static ProcessStartInfo StartInfo(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        return info;
    }

    public static Result Run(params string[] arguments) => RunWithInput(null, arguments);

    /// <summary>Closes a started process's standard input and waits for it, collecting its output.</summary>
    public static Result Finish(Process process)
    {
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs the CLI with <paramref name="input"/> (or nothing) on its standard input.</summary>
    public static Result RunWithInput(byte[]? input, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(arguments))!;
        if (input is not null)
        {
            process.StandardInput.BaseStream.Write(input);
        }
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
