using System.CommandLine;

namespace PrecedentGraph.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var command = new Command("ingest", "TODO");
        command.SetAction(_ => CommandRunner.Guard(() => throw new UsageException("ingest is not wired yet")));
        return command;
    }
}
