using System.CommandLine;

namespace PrecedentGraph.Cli.Commands;

internal static class QueryCommand
{
    public static Command Create()
    {
        var command = new Command("query", "TODO");
        command.SetAction(_ => CommandRunner.Guard(() => throw new UsageException("query is not wired yet")));
        return command;
    }
}
