using System.CommandLine;
using PrecedentGraph.Storage;
using Spectre.Console;

namespace PrecedentGraph.Cli.Commands;

/// <summary>`query NAME ARGS [--db FILE] [--format table|json|csv] [--top N] [--time-limit SECONDS]`: asks the corpus
/// store one of its questions and prints the rows.</summary>
internal static class QueryCommand
{
    private static readonly (string Name, int Arguments, string Usage)[] Queries =
    [
        ("relies-on", 1, "relies-on CASE"),
        ("distinguishes", 1, "distinguishes CASE"),
        ("treatments", 1, "treatments CASE"),
        ("cited-by", 1, "cited-by CASE"),
        ("cites", 1, "cites DECISION|OPINION"),
        ("most-cited", 0, "most-cited [--top N]"),
        ("path", 2, "path A B"),
        ("contested", -1, "contested [DECISION] [--top N]"),
        ("positions", 1, "positions DECISION"),
        ("search", 1, "search TEXT [--top N]"),
        ("sql", 1, "sql \"SELECT ...\" [--time-limit SECONDS]"),
    ];

    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The query: " + string.Join(", ", Queries.Select(q => q.Usage)) + "." };
        name.AcceptOnlyFromAmong(Queries.Select(q => q.Name).ToArray());
        var arguments = new Argument<string[]>("args") { Description = "The query's arguments (a case, a decision, text, SQL).", Arity = ArgumentArity.ZeroOrMore };
        var database = new Option<string>("--db") { Description = "The database file.", DefaultValueFactory = _ => IngestCommand.DefaultDatabase };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var top = new Option<int>("--top") { Description = "At most this many rows (most-cited, contested, search).", DefaultValueFactory = _ => 20 };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds an sql query may run.", DefaultValueFactory = _ => 5 };
        var command = new Command("query", "Ask the corpus database: who relies on, distinguishes or cites a case, and more.") { name, arguments, database, format, top, timeLimit };
        command.SetAction(parse => CommandRunner.Guard(() =>
        {
            var query = parse.GetValue(name)!;
            var values = parse.GetValue(arguments) ?? [];
            var expected = Queries.First(q => q.Name == query);
            if (expected.Arguments >= 0 && values.Length != expected.Arguments || expected.Arguments < 0 && values.Length > 1)
            {
                throw new UsageException($"usage: query {expected.Usage}");
            }
            var limit = parse.GetValue(top);
            if (limit < 1)
            {
                throw new UsageException("--top must be at least 1");
            }
            var databasePath = parse.GetValue(database)!;
            QueryOutputWriter.Table table;
            if (query == "sql")
            {
                var seconds = parse.GetValue(timeLimit);
                if (!(seconds > 0))
                {
                    throw new UsageException("--time-limit must be positive");
                }
                table = QueryOutputWriter.FromSql(new ReadOnlySqlRunner(databasePath).Run(values[0], TimeSpan.FromSeconds(seconds)));
            }
            else
            {
                using var store = CorpusStore.Open(databasePath, StoreOptions.Query);
                table = Run(new StoreQueries(store), query, values, limit);
            }
            Write(table, parse.GetValue(format)!, query);
            return CommandRunner.Ok;
        }));
        return command;
    }

    private static QueryOutputWriter.Table Run(StoreQueries queries, string query, string[] values, int top) => query switch
    {
        "relies-on" => QueryOutputWriter.FromRecords(queries.ReliesOn(values[0])),
        "distinguishes" => QueryOutputWriter.FromRecords(queries.Distinguishes(values[0])),
        "treatments" => QueryOutputWriter.FromRecords(queries.Treatments(values[0])),
        "cited-by" => QueryOutputWriter.FromRecords(queries.CitedBy(values[0])),
        "cites" => QueryOutputWriter.FromRecords(queries.Cites(values[0])),
        "most-cited" => QueryOutputWriter.FromRecords(queries.MostCited(top)),
        "path" => QueryOutputWriter.FromRecords(queries.Path(values[0], values[1])),
        "contested" => QueryOutputWriter.FromRecords(queries.Contested(top, values.Length == 1 ? values[0] : null)),
        "positions" => QueryOutputWriter.FromRecords(queries.Positions(values[0])),
        "search" => QueryOutputWriter.FromRecords(queries.Search(values[0], top)),
        _ => throw new UsageException("unknown query " + query),
    };

    private static void Write(QueryOutputWriter.Table table, string format, string query)
    {
        switch (format)
        {
            case "json":
                Output.Write(null, QueryOutputWriter.Json(table));
                break;
            case "csv":
                Output.Write(null, QueryOutputWriter.Csv(table));
                break;
            default:
                if (table.Rows.Count == 0)
                {
                    Console.Error.WriteLine($"{query}: no rows");
                    return;
                }
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
                if (Console.IsOutputRedirected)
                {
                    // A pipe has no width: give the table room instead of Spectre's 80 columns.
                    console.Profile.Width = 240;
                }
                console.Write(query == "positions" ? PositionsTable(table) : QueryOutputWriter.Render(table));
                break;
        }
    }

    /// <summary>positions as a justice x issue table.</summary>
    private static Spectre.Console.Rendering.IRenderable PositionsTable(QueryOutputWriter.Table table)
    {
        int Column(string name) => table.Columns.ToList().IndexOf(name);
        var (issueIndex, issue, justice, opinion, position) = (Column("issueIndex"), Column("issue"), Column("justice"), Column("opinion"), Column("position"));
        var issues = table.Rows.Select(r => ((int)r[issueIndex]!, (string)r[issue]!)).Distinct().OrderBy(i => i.Item1).ToList();
        var justices = table.Rows.Select(r => (string?)r[justice] ?? (string)r[opinion]!).Distinct(StringComparer.Ordinal).ToList();
        var rendered = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn(new Text("justice")));
        foreach (var (_, label) in issues)
        {
            rendered.AddColumn(new TableColumn(new Text(label)));
        }
        foreach (var name in justices)
        {
            var cells = new List<Spectre.Console.Rendering.IRenderable> { new Text(name) };
            foreach (var (index, _) in issues)
            {
                var row = table.Rows.FirstOrDefault(r => ((string?)r[justice] ?? (string)r[opinion]!) == name && (int)r[issueIndex]! == index);
                cells.Add(new Text(row is null ? "" : (string)row[position]!));
            }
            rendered.AddRow(cells);
        }
        return rendered;
    }
}
