using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;

namespace PrecedentGraph.Storage;

/// <summary>Document text as stored: UTF-8, Brotli-compressed (legal prose shrinks about four times), so the
/// store keeps the text once and stays near the size of the corpus it was built from.</summary>
internal static class DocumentTextCodec
{
    public static byte[] Compress(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var output = new MemoryStream(bytes.Length / 3 + 16);
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(bytes);
        }
        return output.ToArray();
    }

    public static string Decompress(byte[] stored)
    {
        using var input = new MemoryStream(stored);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Adds the SQL function <c>document_text(blob)</c>, so that `query sql` can read the text.</summary>
    public static void Register(SqliteConnection connection) =>
        connection.CreateFunction("document_text", (byte[]? stored) => stored is null ? null : Decompress(stored), isDeterministic: true);
}
