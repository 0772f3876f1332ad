using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>Ties each case mention to its case and its opinion, eyecite-style: full citations make the cases;
/// short forms, "supra", "Id." and bare references resolve to them within their opinion first, then the
/// document; where two antecedents fit, the mention stays unresolved with a reason. The decided case itself
/// (from the header or the segmentation) never becomes a cited case.</summary>
public sealed class CitationResolver
{
    public ResolutionResult Resolve(SourceDocument document, SegmentationResult segmentation, CitationResult citations)
    {
        var decided = new HashSet<string>(
            citations.DecidedCaseWords ?? DecisionHeaderReader.Read(document.Text, document.Form, document.TitleHint).Words, StringComparer.Ordinal);
        if (decided.Count == 0 && segmentation.Decision.Title.Contains(" v. ", StringComparison.Ordinal))
        {
            decided.UnionWith(CaseNameForms.DistinctiveWords(segmentation.Decision.Title));
        }
        var directory = new CaseDirectory();
        var mentions = citations.Cases;
        var opinions = mentions.Select(m => segmentation.OpinionAt(m.Span.Start)?.Index ?? -1).ToArray();
        var keys = new string?[mentions.Count];
        var reasons = new string?[mentions.Count];

        // 1. Full citations make the cases (so that references before the first full citation resolve too).
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Form == CitationForm.Full && !IsOneParty(document.Form, mentions[i]))
            {
                (keys[i], reasons[i]) = ResolveFull(document, mentions[i], opinions[i], directory, decided, InStringCite(document.Text, mentions, i));
            }
        }

        // A bare reporter citation ("372 U.S. 734" with no name) names the case that citation names anywhere in
        // the document, also when the name comes later or in another opinion.
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Form == CitationForm.Full && keys[i] is null && mentions[i].CaseName is null)
            {
                foreach (var reporter in mentions[i].Reporters)
                {
                    if (directory.FindByCitation(reporter) is { } known)
                    {
                        (keys[i], reasons[i]) = (known, null);
                        directory.NoteOpinion(known, opinions[i]);
                        break;
                    }
                }
            }
        }

        // A full citation by one party ("Hildwin, 490 U. S. 638", "Tennessee Packers, Inc., 124 N. L. R. B. 1117") is
        // the case its reporter citation or its party names elsewhere in the document, and only failing both a case
        // of its own: "citing Hildwin, 490 U. S. 638" repeats "Hildwin v. Florida".
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Form == CitationForm.Full && IsOneParty(document.Form, mentions[i]))
            {
                (keys[i], reasons[i]) = ResolveOneParty(document, mentions[i], opinions[i], directory, decided);
            }
        }

        // 2. The others, in text order; "Id." looks at the citation just before it.
        var barriers = citations.RecordCitations.Select(s => s.Start)
            .Concat(citations.Provisions.Select(p => p.Span.Start))
            .Concat(citations.InternalReferences.Select(r => r.Span.Start))
            .Order().ToArray();
        var barrier = 0;
        var previous = -1;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var lastBarrier = -1;
            while (barrier < barriers.Length && barriers[barrier] < mention.Span.Start)
            {
                lastBarrier = barriers[barrier++];
            }
            if (lastBarrier >= 0 && (previous < 0 || lastBarrier > mentions[previous].Span.Start))
            {
                previous = -2; // the citation just before is a record, a statute or another opinion
            }
            switch (mention.Form)
            {
                case CitationForm.Full:
                    break;
                case CitationForm.Id:
                    (keys[i], reasons[i]) = previous switch
                    {
                        -2 => ((string?)null, (string?)"id. follows a record, statute or opinion reference"),
                        -1 => (null, "id. without an antecedent"),
                        _ when opinions[previous] != opinions[i] => (null, "id. antecedent is in another opinion"),
                        _ when keys[previous] is null => (null, "id. antecedent is unresolved"),
                        _ => (keys[previous], null),
                    };
                    break;
                case CitationForm.Short when mention.Reporters.Count > 0:
                    (keys[i], reasons[i]) = Choose(directory, directory.FindByVolume(mention.Reporters[0], mention.PinCite), opinions[i], "short form");
                    if (keys[i] is null && mention.CaseName is { } shortName)
                    {
                        (keys[i], reasons[i]) = ByName(directory, CaseNameForms.Words(shortName), opinions[i], "short form");
                    }
                    break;
                default:
                    (keys[i], reasons[i]) = mention.CaseName is { } name
                        ? ByName(directory, CaseNameForms.Words(name), opinions[i], mention.Form.ToString().ToLowerInvariant())
                        : (null, "no name");
                    break;
            }
            if (keys[i] is null && mention.Form is CitationForm.Short or CitationForm.Supra
                && IsWholeName(document.Form, mention.CaseName, mention.Form == CitationForm.Short && EndsSentence(document.Text, mention.Span.End))
                && directory.FindByName(CaseNameForms.Words(mention.CaseName!)).Count == 0)
            {
                // "Doe v. Roe, supra" with no full citation in the document: the name alone makes the case
                (keys[i], reasons[i]) = ResolveFull(document, mention with { Reporters = [] }, opinions[i], directory, decided);
            }
            if (keys[i] is { } key)
            {
                directory.NoteOpinion(key, opinions[i]);
            }
            previous = i;
        }

        var resolved = new List<ResolvedCitation>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            resolved.Add(new ResolvedCitation(mentions[i], opinions[i], keys[i], keys[i] is null ? reasons[i] ?? "unresolved" : null));
        }
        var unresolved = resolved.Count(r => r.CaseKey is null && r.Mention.Form != CitationForm.Reference);
        var diagnostics = new List<Diagnostic>();
        if (unresolved > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "citations-unresolved",
                unresolved.ToString(System.Globalization.CultureInfo.InvariantCulture) + " citation(s) left unresolved"));
        }
        return new ResolutionResult(directory.Cases(), resolved, diagnostics);
    }

    /// <summary>A raw full citation whose name has no "v." and is no "In re", "Ex parte", vessel or "Cases" name.</summary>
    private static bool IsOneParty(InputForm form, CaseMention mention) =>
        form == InputForm.Raw && mention.CaseName is { } name && mention.Reporters.Count > 0 && RawOnePartyNameReader.IsOnePartyName(name);

    private static (string? Key, string? Reason) ResolveOneParty(SourceDocument document, CaseMention mention, int opinion, CaseDirectory directory, HashSet<string> decided)
    {
        foreach (var reporter in mention.Reporters)
        {
            if (directory.FindByCitation(reporter) is { } known)
            {
                directory.NoteOpinion(known, opinion);
                return (known, null);
            }
        }
        // Only a Supreme Court citation repeats a case by its party's name ("Hildwin, 109 S. Ct. 2055"): an agency's
        // decision ("Pure Oil Co., 25 F. P. C. 383") is another case than the review of it ("Doe v. Pure Oil Co.").
        var words = CaseKeyBuilder.Words(mention.CaseName!).ToList();
        var candidates = ReporterCatalog.Rank(mention.Reporters[0].Reporter) != 1 ? directory.FindByName(words) : [];
        if (candidates.Count == 1 && !directory.Contains(CaseNameForms.Full(InputForm.Raw, mention.CaseName!).Key))
        {
            directory.Add(candidates[0], candidates[0], mention.Reporters, mention.Year, opinion, false);
            return (candidates[0], null);
        }
        return ResolveFull(document, mention, opinion, directory, decided);
    }

    /// <summary>A full citation with another right before or after it, only a comma between (",doe roe,poe ohio,"):
    /// a string cite, where a name is a precedent even if it shares a party of the decided case.</summary>
    private static bool InStringCite(string text, IReadOnlyList<CaseMention> mentions, int i) =>
        i > 0 && mentions[i - 1].Form == CitationForm.Full && OnlyComma(text, mentions[i - 1].Span.End, mentions[i].Span.Start)
        || i + 1 < mentions.Count && mentions[i + 1].Form == CitationForm.Full && OnlyComma(text, mentions[i].Span.End, mentions[i + 1].Span.Start);

    private static bool OnlyComma(string text, int from, int to)
    {
        if (to - from is < 1 or > 3)
        {
            return false;
        }
        var comma = false;
        for (var k = from; k < to; k++)
        {
            if (text[k] == ',')
            {
                comma = true;
            }
            else if (text[k] != ' ')
            {
                return false;
            }
        }
        return comma;
    }

    private static (string? Key, string? Reason) ResolveFull(SourceDocument document, CaseMention mention, int opinion, CaseDirectory directory, HashSet<string> decided,
        bool inStringCite = false)
    {
        var form = document.Form;
        foreach (var reporter in mention.Reporters)
        {
            if (directory.FindByCitation(reporter) is { } known)
            {
                directory.Add(known, mention.CaseName ?? known, mention.Reporters, mention.Year, opinion, false);
                return (known, null);
            }
        }
        if (mention.CaseName is not { } name)
        {
            return (null, "no case name (a lower-court decision or a bare reporter citation)");
        }
        var (label, words, key) = CaseNameForms.Full(form, name);
        if (decided.Count > 0 && words.Count > 0 && words.IsSubsetOf(decided))
        {
            return (null, "the decided case itself");
        }
        if (form == InputForm.Normalized && decided.Count > 0 && words.Overlaps(decided) && mention.Reporters.Count == 0 && mention.Signal is null && mention.PinCite is null
            && !FollowedByCitationWord(document.Text, mention.Span.End) && !inStringCite)
        {
            // A bare name with no reporter, signal or pin that shares a party of the decided case is a person
            // of the story ("his foster mother,augusta <party>."), not a precedent; "<other> v. <party>, ante,
            // p. 731" keeps its syntax and stays a case.
            return (null, "a bare name sharing a party of the decided case (a person of the story)");
        }
        return (directory.Add(key, label, mention.Reporters, mention.Year, opinion, form == InputForm.Raw), null);
    }

    /// <summary>A short form's name that names both parties ("Doe v. Roe"), not one party only.</summary>
    /// <summary>A period right after the mention (",at."): in normalized text also what "..., id., at 5." leaves after
    /// any phrase, so a name there needs more to be a case.</summary>
    private static bool EndsSentence(string text, int end) => end < text.Length && text[end] == '.';

    private static bool IsWholeName(InputForm form, string? name, bool endsSentence)
    {
        if (name is null)
        {
            return false;
        }
        if (form == InputForm.Raw)
        {
            return name.Contains(" v. ", StringComparison.Ordinal) && !name.StartsWith("v. ", StringComparison.Ordinal);
        }
        // Normalized text has no "v.": the words must read as two named parties on their own ("olmstead united
        // states,at", "roper simmons,slip,at"), opening with a name rather than prose ("judgment doe,supra"); one
        // party ("terry,at") stays unresolved.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Before ",at." (which "..., id., at 5." also leaves after a gang or a street: "a member of the harbor city kings,at.") a
        // government party must be one of the two.
        return words.Length >= 2 && (!CommonWordLexicon.Contains(words[0]) || PartyVocabulary.GovernmentLengthAt(words, 0) > 0)
            && NormalizedNameEvaluator.IsCaseName(words, CitationContext.Weak, true)
            && (!endsSentence || NormalizedTailReader.IsGovernmentCase(words));
    }

    /// <summary>",ante", ",supra", ",at", ",post", ",slip" right after a name: citation syntax.</summary>
    private static bool FollowedByCitationWord(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ',' or ' ')
        {
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        return i > start && text.AsSpan(start, i - start) is "ante" or "supra" or "at" or "post" or "slip";
    }

    internal static string NormalizedLabel(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return CaseLabelFormatter.FromWords(words, CaseLabelFormatter.SplitIndex(words));
    }

    private static (string? Key, string? Reason) ByName(CaseDirectory directory, IReadOnlyList<string> words, int opinion, string what)
    {
        var candidates = directory.FindByName(words);
        if (candidates.Count == 0 && words.Count > 1)
        {
            // "Lopez, supra" written "United States v. Lopez, supra": try the last party word alone
            candidates = directory.FindByName([words[^1]]);
        }
        return Choose(directory, candidates, opinion, what);
    }

    private static (string? Key, string? Reason) Choose(CaseDirectory directory, IReadOnlyList<string> candidates, int opinion, string what)
    {
        if (candidates.Count == 1)
        {
            return (candidates[0], null);
        }
        if (candidates.Count == 0)
        {
            return (null, what + ": no full citation of this case");
        }
        var inOpinion = directory.InOpinion(candidates, opinion);
        return inOpinion.Count == 1
            ? (inOpinion[0], null)
            : (null, what + ": ambiguous between " + string.Join(", ", candidates.Order(StringComparer.Ordinal)));
    }
}
