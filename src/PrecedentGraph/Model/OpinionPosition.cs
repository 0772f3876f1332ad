namespace PrecedentGraph.Model;

public sealed record OpinionPosition(int OpinionIndex, int IssueIndex, Position Position);
