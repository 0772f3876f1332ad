namespace PrecedentGraph.Model;

/// <summary>A justice who joins only some parts of an opinion ("joined as to Parts I and II").</summary>
public sealed record PartialJoin(string Justice, string Parts);
