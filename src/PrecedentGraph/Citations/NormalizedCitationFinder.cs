using PrecedentGraph.Model;
using static PrecedentGraph.Citations.NormalizedCitationVocabulary;
using static PrecedentGraph.Citations.NormalizedNameReader;

namespace PrecedentGraph.Citations;

/// <summary>Finds case citations in normalized text, where reporters, digits and "v." are gone: full names in
/// citation position (".mapp ohio,quoting marbury madison,"), short forms ("lopez,supra,at",
/// "terry,at", "ashcroft,slip,at"), "ibid." and a sentence-initial "at" that stands for "Id., at N".
/// Case boundaries come from separators, signals, reporter remnants, general vocabulary and names learned
/// from documents read before.</summary>
internal sealed partial class NormalizedCitationFinder(KnownCaseNames known)
{
    public void Find(string text, int bodyStart, List<CaseMention> mentions, List<TextSpan> records)
    {
        var tokens = new NormalizedTokenizer(text, bodyStart);
        var first = mentions.Count;
        var actors = NormalizedContextReader.CountActors(tokens);
        FindInClauses(tokens, actors, mentions, records);
        NormalizedGapFinder.FindStringCiteGaps(tokens, mentions, first, records, actors);
        NormalizedGapFinder.FindNamesReadBefore(tokens, mentions, first, records);
        NormalizedConfirmedNameFinder.Find(tokens, mentions, first, records, actors);
    }

    private void FindInClauses(NormalizedTokenizer tokens, HashSet<string> actors, List<CaseMention> mentions, List<TextSpan> records)
    {
        var clauses = tokens.Clauses;
        var buffer = new List<string>(NormalizedNameEvaluator.MaxWords + 4);
        var lastCited = -3;
        var seen = mentions.Count;
        var initial = mentions.Count;
        var authors = new HashSet<string>(StringComparer.Ordinal);
        var compareOpen = false;
        for (var ci = 0; ci < clauses.Count; ci++)
        {
            if (mentions.Count > seen)
            {
                lastCited = ci - 1;
                seen = mentions.Count;
            }
            var clause = clauses[ci];
            var first = tokens.Word(clause.FirstWord);
            compareOpen = clause.Before == ClauseBreak.Comma && compareOpen || OpensCompare(tokens, clause);
            NormalizedClause? next = ci + 1 < clauses.Count && clause.After != ClauseBreak.Line ? clauses[ci + 1] : null;
            var nextFirst = next is { } nc ? tokens.Word(nc.FirstWord) : ReadOnlySpan<char>.Empty;

            // A learned name that a "," or "." of its own splits over clauses ("joseph burstyn,inc.wilson,"): the name
            // replaces what was read of its first part.
            if (known.Count > 0 && known.MatchAcross(tokens, clause.FirstWord, clause.FirstWord + clause.WordCount) is { } across)
            {
                var from = tokens.Words[across.Start].Start;
                while (mentions.Count > initial && mentions[^1].Form == CitationForm.Full && mentions[^1].Span.End > from)
                {
                    mentions.RemoveAt(mentions.Count - 1);
                }
                seen = Math.Min(seen, mentions.Count);
                var before = across.Start > 0 && CitationVocabulary.StrongSignals.Contains(tokens.Word(across.Start - 1)) ? tokens.WordString(across.Start - 1) : null;
                mentions.Add(Full(tokens, across.Start, clause.FirstWord + clause.WordCount, across.Name, before));
                continue;
            }

            // Authors before a book title ("doe roe,federal practice and procedure") are no case.
            if (next is { } book && NormalizedSourceReader.IsBookTitle(tokens, book))
            {
                NormalizedSourceReader.NoteAuthors(tokens, clauses, ci, authors);
                continue;
            }

            // Authors before an article's title and journal ("doe roe,the title of the article,harv.rev.") are no case.
            if (NormalizedSourceReader.IsArticleAuthor(tokens, clauses, ci) && !NormalizedSourceReader.HasGovernment(tokens, clause))
            {
                NormalizedSourceReader.NoteAuthors(tokens, clauses, ci, authors);
                continue;
            }

            // "hereinafter doe roe": the short title of a book or article, no case here or later.
            NormalizedSourceReader.NoteShortTitle(tokens, clause, authors);

            // Record citations ("app.", "brief for petitioners", "tr.of oral arg.") are no cases, but "Id." may follow them.
            if (IsRecordCitation(tokens, clause, first))
            {
                records.Add(tokens.Words[clause.FirstWord]);
                continue;
            }

            // "wyoming wyo.stat.ann.", "washington wash.rev.code", "tennessee tenn.code ann.": a state and its abbreviation
            // before a statute book's words are a statute's citation, no case.
            if (clause.After == ClauseBreak.Period && next is { WordCount: <= 3 } statute && AllStatuteBookWords(tokens, statute))
            {
                continue;
            }

            // "at" opening a sentence stands for "Id., at N"; the rest of the clause is read on ("at see doe roe,").
            var skip = 0;
            if (NormalizedContextReader.IsIdForm(tokens, clause, first))
            {
                mentions.Add(Mention(CitationForm.Id, tokens.Words[clause.FirstWord], null, null, null, null));
                if (clause.WordCount == 1 || first.SequenceEqual("ibid"))
                {
                    continue;
                }
                skip = 1;
            }

            // A footnote's opening word, what is left of a pin or parenthetical (",at doe roe,", ",per curiam doe roe,"),
            // a "supra" after a company's period (",inc.supra doe roe,": the next cite of a string), then leading
            // signals ("see", "see also", "quoting"), are not part of the name.
            while (skip < clause.WordCount - 1 && (tokens.Word(clause.FirstWord + skip).SequenceEqual("footnote") || tokens.Word(clause.FirstWord + skip).SequenceEqual("footnotes")
                || clause.Before == ClauseBreak.Comma && LeadingRemnants.Contains(tokens.Word(clause.FirstWord + skip))
                || skip == 0 && clause.Before == ClauseBreak.Period && tokens.Word(clause.FirstWord).SequenceEqual("supra") && ci > 0
                    && CitationVocabulary.CorporateSuffixes.Contains(tokens.Word(clauses[ci - 1].FirstWord + clauses[ci - 1].WordCount - 1))))
            {
                skip++;
            }
            while (skip < clause.WordCount - 1 && CitationVocabulary.LeadingSignals.Contains(tokens.Word(clause.FirstWord + skip))
                && !(tokens.Word(clause.FirstWord + skip).SequenceEqual("in") && tokens.Word(clause.FirstWord + skip + 1).SequenceEqual("re")))
            {
                skip++;
            }
            var signal = skip > 0 && CitationVocabulary.StrongSignals.Contains(tokens.Word(clause.FirstWord + skip - 1))
                ? tokens.WordString(clause.FirstWord + skip - 1)
                : NormalizedContextReader.PreviousClauseSignal(tokens, clauses, ci);

            // Short forms: "lopez,supra,at", "terry,at", "ashcroft,slip,at".
            var supra = nextFirst.SequenceEqual("supra");
            var opinionAfterPin = next is { WordCount: 2 } op && nextFirst.SequenceEqual("at") && !CommonWordLexicon.Contains(tokens.Word(op.FirstWord + 1));
            var shortForm = !supra && next is { } sc && (nextFirst.SequenceEqual("at") && (sc.WordCount == 1 || PinFollowers.Contains(tokens.Word(sc.FirstWord + 1)) || opinionAfterPin)
                || nextFirst.SequenceEqual("slip") && sc.WordCount == 1);
            var end = clause.FirstWord + clause.WordCount;
            var perCuriam = nextFirst.SequenceEqual("plurality") || next is { } pc && pc.WordCount >= 2 && nextFirst.SequenceEqual("per") && tokens.Word(pc.FirstWord + 1).SequenceEqual("curiam");
            var sameTerm = next is { WordCount: 1 } st && (nextFirst.SequenceEqual("ante") || nextFirst.SequenceEqual("post"))
                && !(ci + 2 < clauses.Count && tokens.Word(clauses[ci + 2].FirstWord).SequenceEqual("at"));
            // ".see doe roe,ante,at": a whole clause in citation position before ",ante,at" is a decision of the same Term
            // (a tail of prose there is more often a person or an opinion: "under justice doe own terms,ante,at")
            var sameTermPinned = next is { WordCount: 1 } && (nextFirst.SequenceEqual("ante") || nextFirst.SequenceEqual("post")) && !sameTerm
                && (signal is not null && skip > 0 || clause.Before != ClauseBreak.Comma && skip == 0)
                && clause.WordCount - skip is >= 2 and <= 6 && Collect(tokens, clause.FirstWord + skip, end, buffer) && IsCaseName(buffer, CitationContext.Medium, true, actors);
            if (sameTermPinned)
            {
                mentions.Add(Full(tokens, clause.FirstWord + skip, end, string.Join(' ', buffer), signal));
                continue;
            }
            var courtAfter = nextFirst.SequenceEqual("ca") || nextFirst.SequenceEqual("same") && next is { WordCount: 1 };
            var quotingAfter = next is { WordCount: > 1 } && (nextFirst.SequenceEqual("quoting") || nextFirst.SequenceEqual("citing"));
            // "doe roe,cert.denied": certiorari is denied only to a cited decision
            var certiorariAfter = next is { WordCount: 1, After: ClauseBreak.Period } && nextFirst.SequenceEqual("cert") && ci + 2 < clauses.Count
                && tokens.Word(clauses[ci + 2].FirstWord) is var status && (status.SequenceEqual("denied") || status.SequenceEqual("granted") || status.SequenceEqual("dismissed"));
            // "doe post office dept.at", "doe school comm.cert.denied": an abbreviation's period before a pin is no sentence end
            var pinAfterAbbreviation = clause.After == ClauseBreak.Period && NormalizedTokenizer.NameAbbreviations.Contains(tokens.Word(end - 1))
                && (nextFirst.SequenceEqual("at") || nextFirst.SequenceEqual("cert"));
            var strongAfter = (clause.After == ClauseBreak.Comma || pinAfterAbbreviation) && (NormalizedContextReader.IsReporterRemnant(tokens, clauses, ci + 1) || perCuriam || opinionAfterPin || sameTerm || courtAfter
                || quotingAfter || certiorariAfter || SeparateOpinionFollows(tokens, clauses, ci) || SignalAfter(tokens, next));
            var participleAfter = clause.After == ClauseBreak.Comma && next is { WordCount: > 1 } && ParentheticalParticiples.Contains(nextFirst)
                && !NotShortNames.Contains(tokens.Word(end - 1));
            if (strongAfter && TrailingFullName(tokens, clause, skip, buffer, actors, CitationContext.Strong) is { } tail
                || !strongAfter && participleAfter && skip == 0 && TrailingFullName(tokens, clause, skip, buffer, actors, CitationContext.Weak) is { } tail2 && (tail = tail2) >= 0)
            {
                // "doe roe,dismissing a claim": an explanatory parenthetical follows a citation
                // "took doe roe,at", "plaintiffs doe roe,per curiam": a full name before a pin or parenthetical
                mentions.Add(Full(tokens, tail, end, string.Join(' ', buffer), signal));
                continue;
            }
            if (supra || shortForm)
            {
                var from = TrailingNameStart(tokens, clause, skip, 7);
                if (from >= 0 && CommonWordLexicon.Contains(tokens.Word(from)))
                {
                    from = TwoPartyStart(tokens, from, end, buffer, actors) ?? from; // "of review doe roe,slip,at": prose before the name
                }
                if (from >= 0 && !NotShortNames.Contains(tokens.Word(from)) && !NormalizedSourceReader.AllAuthors(tokens, from, end, authors))
                {
                    Collect(tokens, from, clause.FirstWord + clause.WordCount, buffer);
                    var span = TextSpan.FromBounds(tokens.Words[from].Start, tokens.Words[next!.Value.FirstWord].End);
                    var nameSpan = TextSpan.FromBounds(tokens.Words[from].Start, tokens.Words[clause.FirstWord + clause.WordCount - 1].End);
                    mentions.Add(Mention(supra ? CitationForm.Supra : CitationForm.Short, span, nameSpan, string.Join(' ', buffer), signal, null));
                }
                continue;
            }

            // Names learned from documents read before, ending the clause.
            if (known.Count > 0 && known.MatchTail(tokens, clause.FirstWord + skip, end) is { } learned)
            {
                mentions.Add(Full(tokens, learned.Start, end, learned.Name, signal));
                continue;
            }

            // "doe acme airways,inc.poe general electric,": a case after the company's cite is the next of the string.
            if (clause.After == ClauseBreak.Period && next is { } following && CitationVocabulary.CorporateSuffixes.Contains(tokens.Word(end - 1))
                && end - clause.FirstWord - skip >= 4 && IsCaseAfterCompany(tokens, following, buffer, actors))
            {
                mentions.Add(Full(tokens, following.FirstWord, following.FirstWord + following.WordCount, string.Join(' ', buffer), null));
                if (Collect(tokens, clause.FirstWord + skip, end, buffer) && IsCaseName(buffer, CitationContext.Medium, true, actors))
                {
                    mentions.Insert(mentions.Count - 1, Full(tokens, clause.FirstWord + skip, end, string.Join(' ', buffer), signal));
                }
                ci++;
                continue;
            }
            // "acme country estates,inc.sierra regional planning agency,": a company's period does not end the name
            // ("in packer corp.utah,": nor that of a name after an introducer).
            // A name learned from raw text that runs across the period is read at the next clause.
            if (clause.After == ClauseBreak.Period && next is { } joined && CitationVocabulary.CorporateSuffixes.Contains(tokens.Word(end - 1))
                && !(known.Count > 0 && known.MatchAcross(tokens, joined.FirstWord, joined.FirstWord + joined.WordCount) is not null)
                && CorporateNameStart(tokens, clause, skip, joined, signal is not null || CitationFollows(tokens, clauses, ci + 1)
                    || OneNameClause(tokens, joined) ? CitationContext.Strong : CitationContext.Medium, buffer, actors) is { } company)
            {
                mentions.Add(Full(tokens, company, joined.FirstWord + joined.WordCount, string.Join(' ', buffer), signal));
                ci++;
                continue;
            }

            // "see doe,roe,the record": a page marker ("[422 U.S. 205, 212]") between the parties left a comma for the "v.".
            if (end - skip - clause.FirstWord == 1 && clause.After == ClauseBreak.Comma && next is { } party && IsPageMarkerSplit(tokens, clauses, ci, skip, signal, buffer, actors))
            {
                mentions.Add(Full(tokens, end - 1, party.FirstWord + party.WordCount, string.Join(' ', buffer), signal));
                ci++;
                continue;
            }

            // The whole clause after its signals, then the tail after an introducer.
            // "compare doe ohio,making the rule,with poe iowa,": "with" answers the sentence's "compare" as a signal
            var compareWith = compareOpen && skip > 0 && tokens.Word(clause.FirstWord + skip - 1).SequenceEqual("with") && !OpensCompare(tokens, clause);
            var context = signal is not null || strongAfter || compareWith || NormalizedContextReader.IsCitationSentence(tokens, clauses, ci, skip) ? CitationContext.Strong
                : skip == 0 || NormalizedContextReader.IsFootnoteOpener(tokens, clause, skip) || InStringCite(tokens, clauses, ci, lastCited) ? CitationContext.Medium
                : CitationContext.Weak;
            var start = clause.FirstWord + skip;
            if (context == CitationContext.Medium && NormalizedContextReader.IsAmongPersons(tokens, clauses, ci))
            {
                continue;
            }
            // "doe post office dept.roe ohio,": an abbreviation's period kept inside the clause ends one cite of a string.
            if (context != CitationContext.Weak && AbbreviationSplit(tokens, start, end, context, buffer, actors) is { } second)
            {
                Collect(tokens, start, second, buffer);
                mentions.Add(Full(tokens, start, second, string.Join(' ', buffer), signal));
                Collect(tokens, second, end, buffer);
                mentions.Add(Full(tokens, second, end, string.Join(' ', buffer), null));
                continue;
            }
            if (end - start <= NormalizedNameEvaluator.MaxWords && Collect(tokens, start, end, buffer) && IsCaseName(buffer, context, true, actors)
                && !(context == CitationContext.Medium && lastCited != ci - 1 && NormalizedContextReader.IsListItem(tokens, clauses, ci))
                && !(NormalizedSourceReader.AllAuthors(tokens, start, end, authors) && !PartyVocabulary.ContainsGovernment(buffer)))
            {
                mentions.Add(Full(tokens, start, end, string.Join(' ', buffer), signal));
                continue;
            }
            NormalizedTailReader.FindInProse(tokens, start, end, strongAfter, buffer, actors, mentions, InStringCite(tokens, clauses, ci, lastCited));
        }
    }
}
