using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using PrecedentGraph.Storage;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PrecedentGraph.Cli;

/// <summary>Writes query rows as a Spectre.Console table, a JSON array of row objects (camelCase properties of the
/// row record, in declaration order) or RFC 4180 CSV. Text from the store is never markup: table cells are plain
/// <see cref="Text"/>, JSON is escaped by the writer, CSV fields are quoted.</summary>
internal static class QueryOutputWriter
{
    public sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

    public static Table FromRecords<T>(IReadOnlyList<T> rows)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").ToList();
        var columns = properties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();
        return new Table(columns, rows.Select(r => (IReadOnlyList<object?>)properties.Select(p => p.GetValue(r)).ToList()).ToList());
    }

    public static Table FromSql(SqlResult result) => new(result.Columns, result.Rows);

    public static string Json(Table table)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var row in table.Rows)
            {
                writer.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    writer.WritePropertyName(table.Columns[i]);
                    WriteValue(writer, row[i]);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case byte[] bytes:
                writer.WriteBase64StringValue(bytes);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Format(value));
                break;
        }
    }

    public static string Csv(Table table)
    {
        var builder = new StringBuilder();
        AppendCsvLine(builder, table.Columns);
        foreach (var row in table.Rows)
        {
            AppendCsvLine(builder, row.Select(Format).ToList());
        }
        return builder.ToString();
    }

    private static void AppendCsvLine(StringBuilder builder, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }
            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field.StartsWith(' ') || field.EndsWith(' '))
            {
                builder.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                builder.Append(field);
            }
        }
        builder.Append("\r\n");
    }

    /// <summary>A table for the terminal; columns named *Node and document are left to json and csv.</summary>
    public static IRenderable Render(Table table)
    {
        var keep = Enumerable.Range(0, table.Columns.Count)
            .Where(i => table.Columns.Count <= 6 || !(table.Columns[i].EndsWith("Node", StringComparison.Ordinal) || table.Columns[i] is "document" or "confidence" or "cue"))
            .ToList();
        var rendered = new Spectre.Console.Table().Border(TableBorder.Rounded);
        foreach (var i in keep)
        {
            rendered.AddColumn(new TableColumn(new Text(table.Columns[i], new Style(decoration: Decoration.Bold))));
        }
        foreach (var row in table.Rows)
        {
            rendered.AddRow(keep.Select(i => (IRenderable)new Text(Printable(Shorten(Format(row[i]))))).ToArray());
        }
        return rendered;
    }

    /// <summary>Table cells keep 200 characters; json and csv keep everything.</summary>
    private static string Shorten(string text) => text.Length <= 200 ? text : text[..199] + "\u2026";

    public static string Format(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("0.######", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        IEnumerable items => string.Join("; ", items.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? "",
    };

    /// <summary>Control characters would move the terminal's cursor: show them as U+FFFD.</summary>
    private static string Printable(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '\uFFFD' : source[i];
            }
        });
}
