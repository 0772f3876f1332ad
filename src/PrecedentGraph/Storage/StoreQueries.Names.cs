namespace PrecedentGraph.Storage;

public sealed partial class StoreQueries
{
    /// <summary>The names of the stored cases that were read with a reporter citation ("Terry v. Ohio, 392 U.S. 1"):
    /// exact names from raw text, which the citation finder uses to find name-only citations in normalized text.
    /// Ordered, so the same store gives the same list.</summary>
    public IReadOnlyList<string> LearnedCaseNames() =>
        FirstColumn("SELECT DISTINCT label FROM cases WHERE primary_citation IS NOT NULL AND label LIKE '% v. %' ORDER BY label");

    /// <summary>The paths of the stored documents read as normalized text, in order.</summary>
    public IReadOnlyList<string> NormalizedDocumentPaths() =>
        FirstColumn("SELECT path FROM documents WHERE input_form = 'normalized' ORDER BY path");

    private List<string> FirstColumn(string sql)
    {
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
