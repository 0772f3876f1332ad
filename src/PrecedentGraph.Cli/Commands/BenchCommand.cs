using System.CommandLine;

namespace PrecedentGraph.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "TODO");
        command.SetAction(_ => CommandRunner.Guard(() => throw new UsageException("bench is not wired yet")));
        return command;
    }
}
