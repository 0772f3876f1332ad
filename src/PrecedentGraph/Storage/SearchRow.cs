namespace PrecedentGraph.Storage;

/// <summary>A paragraph matching a search, with the arguments it holds.</summary>
/// <param name="Opinion">Its opinion's node id; null for the syllabus and front matter.</param>
/// <param name="Snippet">The matching words in context, matches in [brackets].</param>
/// <param name="Arguments">Labels of the arguments made in the paragraph.</param>
public sealed record SearchRow(string Decision, string? Opinion, int Paragraph, string Snippet, IReadOnlyList<string> Arguments, string Document);
