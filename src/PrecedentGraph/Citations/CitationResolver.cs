using PrecedentGraph.Graph;
using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>Ties each mention to its case and its opinion. (Scaffold: full citations by name.)</summary>
public sealed class CitationResolver
{
    public ResolutionResult Resolve(SourceDocument document, SegmentationResult segmentation, CitationResult citations)
    {
        var cases = new Dictionary<string, CitedCase>();
        var resolved = new List<ResolvedCitation>();
        foreach (var mention in citations.Cases)
        {
            var opinion = segmentation.OpinionAt(mention.Span.Start)?.Index ?? -1;
            if (mention.CaseName is null)
            {
                resolved.Add(new ResolvedCitation(mention, opinion, null, "no name"));
                continue;
            }
            var key = NodeIds.Slugify(mention.CaseName);
            if (!cases.ContainsKey(key))
            {
                var reporters = mention.Reporters.Select(r => r.ToString()).ToList();
                cases[key] = new CitedCase(key, mention.CaseName, reporters.FirstOrDefault(), reporters, mention.Year);
            }
            resolved.Add(new ResolvedCitation(mention, opinion, key, null));
        }
        return new ResolutionResult(cases.Values.ToList(), resolved, []);
    }
}
