namespace PrecedentGraph.Storage;

/// <summary>One hop of a citation path: <see cref="From"/>'s opinion <see cref="Opinion"/> cites <see cref="To"/>.</summary>
public sealed record PathStepRow(int Step, string From, string FromNode, string To, string ToNode, string Opinion, string Relation, string Evidence);
