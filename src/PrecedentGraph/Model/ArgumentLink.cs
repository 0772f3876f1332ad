namespace PrecedentGraph.Model;

/// <summary>One argument supporting or attacking another (usually across opinions).</summary>
public sealed record ArgumentLink(int From, int To, ArgumentRelation Relation, string Cue, double Confidence, TextSpan Evidence);
