using System.Text;
using System.Text.Json;
using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Rendering;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Cli;

/// <summary>`render --positions`: the justice × issue table of an opinion file or of a stored decision, drawn
/// (SVG, PDF, PNG) or written as data (CSV, JSON).</summary>
internal static class PositionTableOutput
{
    public static byte[] Render(string? source, string database, RenderFormat format, DiagramStyle style)
    {
        if (source is null)
        {
            throw new UsageException("render --positions: give an opinion file or a stored decision");
        }
        var table = Load(source, database);
        if (table.IsEmpty)
        {
            throw new InputException(source, "no issues or positions were found in this decision");
        }
        return format switch
        {
            RenderFormat.Svg => Encoding.UTF8.GetBytes(PositionTableRenderer.ToSvg(table, style)),
            RenderFormat.Pdf => SkiaRasterizer.ToPdf(PositionTableRenderer.ToSvg(table, style)),
            RenderFormat.Png => SkiaRasterizer.ToPng(PositionTableRenderer.ToSvg(table, style)),
            RenderFormat.Csv => Encoding.UTF8.GetBytes(PositionTableRenderer.ToCsv(table)),
            RenderFormat.Json => JsonSerializer.SerializeToUtf8Bytes(Json(table), new JsonSerializerOptions { WriteIndented = true }),
            _ => throw new UsageException("render --positions writes svg, pdf, png, csv or json"),
        };
    }

    private static PositionTable Load(string source, string database)
    {
        if (File.Exists(source) || source == "-")
        {
            return PositionTableBuilder.FromAnalysis(new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(source)));
        }
        if (!File.Exists(database))
        {
            throw new InputException(database, "no such database (run map or ingest first)");
        }
        using var store = CorpusStore.Open(database, StoreOptions.Query);
        var rows = new StoreQueries(store).Positions(source);
        var title = rows.Count > 0 ? rows[0].Decision : source;
        return PositionTableBuilder.Build(title, rows.Select(r => new PositionEntry(r.Justice,
            OpinionLabel(r),
            r.IssueIndex, r.Issue, r.Position switch
            {
                "with-majority" => Position.WithMajority,
                "against" => Position.Against,
                _ => Position.Silent,
            })));
    }

    /// <summary>"wrote the dissent", or "joined roberts (majority)" from the opinion's node id.</summary>
    private static string OpinionLabel(PositionRow row)
    {
        var kind = row.OpinionKind == "concurrence-dissent" ? "concurrence and dissent" : row.OpinionKind.Replace('-', ' ');
        var author = row.Opinion.Split(':') is { Length: 4 } parts ? parts[3] : null;
        if (row.Justice is not null && author == NodeIds.Slugify(row.Justice))
        {
            return "wrote the " + kind;
        }
        return author is null ? "joined the " + kind : $"joined {char.ToUpperInvariant(author[0])}{author[1..]} ({kind})";
    }

    private static object Json(PositionTable table) => new
    {
        decision = table.Title,
        issues = table.Issues,
        justices = table.Rows.Select(r => new
        {
            justice = r.Justice,
            opinions = r.Opinions,
            positions = r.Cells.Select(PositionTableRenderer.Name),
        }),
    };
}
