using System.CommandLine;

namespace PrecedentGraph.Cli.Commands;

internal static class MapCommand
{
    public static Command Create()
    {
        var command = new Command("map", "TODO");
        command.SetAction(_ => CommandRunner.Guard(() => throw new UsageException("map is not wired yet")));
        return command;
    }
}
