using System.CommandLine;
using PrecedentGraph.Cli;
using PrecedentGraph.Cli.Commands;

var root = new RootCommand("precedent-graph: maps how court opinions use precedent and argue with each other.");
root.Subcommands.Add(MapCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(QueryCommand.Create());
root.Subcommands.Add(RenderCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
return CommandRunner.Invoke(root, args);
