using System.CommandLine;

namespace PrecedentGraph.Cli.Commands;

internal static class RenderCommand
{
    public static Command Create()
    {
        var command = new Command("render", "TODO");
        command.SetAction(_ => CommandRunner.Guard(() => throw new UsageException("render is not wired yet")));
        return command;
    }
}
