using QuikGraph;

namespace PrecedentGraph.Storage;

/// <summary>An edge of the case-level citation network: the decision that is case <see cref="Source"/> has an
/// opinion (<see cref="Opinion"/>) that cites case <see cref="Target"/>. <see cref="EdgeId"/> is its row in edges.</summary>
public sealed record CitationLink(long Source, long Target, long EdgeId, string Opinion, string Relation) : IEdge<long>;
