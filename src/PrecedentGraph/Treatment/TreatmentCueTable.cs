using PrecedentGraph.Model;
using static PrecedentGraph.Model.TreatmentRelation;
using static PrecedentGraph.Treatment.CueScope;

namespace PrecedentGraph.Treatment;

/// <summary>The rule table of the treatment classifier: every label it gives is explained by one row here
/// (or by the actor rule, the own-dissent rule or the default at the end). Phrases are written in the
/// canonical word form of <see cref="WordSequence"/>, so "See, e. g.," and "see,e.g.," are both "see e g",
/// and "Court's" is "court". Weights are the confidence of a citation labelled by the row; the classifier
/// takes the heaviest matching row, and negative relations win ties.</summary>
public static class TreatmentCueTable
{
    /// <summary>A citation with no cue: in an opinion, a plain citation supports the point it follows.</summary>
    public static TreatmentCue Default { get; } = new("plain citation", ReliesOn, 0.40, Sentence);

    /// <summary>A citation inside a quotation belongs to the quoted court: this opinion only cites the case
    /// (weak, so that any cue of the opinion's own use of the case outweighs it).</summary>
    public static TreatmentCue InsideQuotation { get; } = new("inside a quotation", Cites, 0.30, Sentence);

    /// <summary>Label of the actor rule when someone else relies on the case ("the court below relied on X").</summary>
    public const string ReportedReliance = "reports another's reliance";

    /// <summary>A citation in a footnote that only lists other courts' decisions (see <see cref="FootnoteListFinder"/>).</summary>
    public static TreatmentCue FootnoteList { get; } = new("footnote listing other courts' decisions", Cites, 0.55, Sentence);

    /// <summary>Label of the rule for a citation of the opinion's author's (or a joiner's) own dissent in the case.</summary>
    public const string OwnDissent = "cites own dissent in the case";

    public static IReadOnlyList<TreatmentCue> Cues { get; } =
    [
        // Bluebook signals at the head of the citation clause.
        new("see", ReliesOn, 0.60, Signal),
        new("see e g", ReliesOn, 0.60, Signal),
        new("e g", ReliesOn, 0.55, Signal),
        new("see also", ReliesOn, 0.55, Signal),
        new("see also e g", ReliesOn, 0.55, Signal),
        new("accord", ReliesOn, 0.60, Signal),
        new("accord e g", ReliesOn, 0.60, Signal),
        new("cf", ReliesOn, 0.45, Signal),
        new("cf e g", ReliesOn, 0.45, Signal),
        new("quoting", ReliesOn, 0.60, Signal, Quoted: true),
        new("quoted in", ReliesOn, 0.55, Signal, Quoted: true),
        new("citing", ReliesOn, 0.45, Signal),
        // "But see" and "but cf." point to contrary authority without the opinion setting it apart in words: the
        // opinion cites it (a sentence that distinguishes the case outweighs the signal).
        new("but see", Cites, 0.55, Signal),
        new("but see e g", Cites, 0.55, Signal),
        new("but cf", Cites, 0.50, Signal),
        new("contra", Criticizes, 0.60, Signal),
        new("see generally", Cites, 0.55, Signal),
        new("compare", Cites, 0.50, Signal),
        new("compare e g", Cites, 0.50, Signal),
        new("contrast", Distinguishes, 0.50, Signal),

        // Support: the opinion follows the case.
        new("as we explained in", ReliesOn, 0.80, Before),
        new("as we held in", ReliesOn, 0.80, Before),
        new("as we made clear in", ReliesOn, 0.80, Before),
        new("as we said in", ReliesOn, 0.75, Before),
        new("as we stated in", ReliesOn, 0.75, Before),
        new("as we noted in", ReliesOn, 0.75, Before),
        new("as we observed in", ReliesOn, 0.75, Before),
        new("as we recognized in", ReliesOn, 0.75, Before),
        new("as we emphasized in", ReliesOn, 0.75, Before),
        new("as the court explained in", ReliesOn, 0.75, Before),
        new("as the court held in", ReliesOn, 0.75, Before),
        new("as the court noted in", ReliesOn, 0.70, Before),
        new("as in", ReliesOn, 0.60, Before),
        new("as i noted in", ReliesOn, 0.75, Before),
        new("as i explained in", ReliesOn, 0.75, Before),
        new("as i said in", ReliesOn, 0.75, Before),
        new("correctly points out", ReliesOn, 0.70, Sentence),
        new("correctly held", ReliesOn, 0.70, Sentence),
        new("correctly recognized", ReliesOn, 0.70, Sentence),
        new("rightly held", ReliesOn, 0.70, Sentence),
        new("we held in", ReliesOn, 0.70, Before),
        new("we explained in", ReliesOn, 0.70, Before),
        new("we recognized in", ReliesOn, 0.70, Before),
        new("we rejected in", ReliesOn, 0.75, Before),
        new("we reaffirmed in", ReliesOn, 0.70, Before),
        new("our holding in", ReliesOn, 0.65, Before),
        new("our decision in", ReliesOn, 0.60, Before),
        new("consistent with", ReliesOn, 0.60, Before),
        new("in accordance with", ReliesOn, 0.60, Before),
        new("in keeping with", ReliesOn, 0.60, Before),
        new("controlled by", ReliesOn, 0.75, Before),
        new("governed by", ReliesOn, 0.70, Before),
        new("relying on", ReliesOn, 0.60, Before),
        new("relying upon", ReliesOn, 0.60, Before),
        new("we adhere to", ReliesOn, 0.70, Before),
        new("we reaffirm", ReliesOn, 0.75, Before),
        new("we follow", ReliesOn, 0.75, Before),
        new("is instructive", ReliesOn, 0.65, After),
        new("is squarely on point", ReliesOn, 0.75, After),
        new("is controlling", ReliesOn, 0.75, After),
        new("controls", ReliesOn, 0.65, After),
        new("is dispositive", ReliesOn, 0.70, After),

        // Distinguishing: the case does not decide this one. A bare "in contrast" is too loose to say which
        // case is set apart; "here, in contrast" sets this case against the one just cited.
        new("unlike", Distinguishes, 0.80, Before),
        new("unlike in", Distinguishes, 0.80, Before),
        new("in contrast to", Distinguishes, 0.80, Before),
        new("by contrast to", Distinguishes, 0.80, Before),
        new("as distinguished from", Distinguishes, 0.80, Before),
        new("distinguishing", Distinguishes, 0.75, Before),
        new("differs from", Distinguishes, 0.65, Before),
        new("is distinguishable", Distinguishes, 0.85, After),
        new("is clearly distinguishable", Distinguishes, 0.85, After),
        new("are distinguishable", Distinguishes, 0.85, After),
        new("is inapposite", Distinguishes, 0.85, After),
        new("are inapposite", Distinguishes, 0.85, After),
        new("does not control", Distinguishes, 0.85, After),
        new("do not control", Distinguishes, 0.85, After),
        new("is not controlling", Distinguishes, 0.85, After),
        new("does not dictate", Distinguishes, 0.80, After),
        new("does not govern", Distinguishes, 0.80, After),
        new("is not to the contrary", Distinguishes, 0.80, After),
        new("are not to the contrary", Distinguishes, 0.80, After),
        new("is not on point", Distinguishes, 0.80, After),
        new("is far afield", Distinguishes, 0.80, After),
        new("is of no help", Distinguishes, 0.70, After),
        new("does not help", Distinguishes, 0.70, After),
        new("provides no support", Distinguishes, 0.70, After),
        new("lends no support", Distinguishes, 0.70, After),
        new("offers no support", Distinguishes, 0.70, After),
        new("is not applicable", Distinguishes, 0.75, After),
        new("is readily distinguishable", Distinguishes, 0.85, After),
        new("far afield", Distinguishes, 0.80, Sentence),
        new("distinguishable", Distinguishes, 0.75, Sentence),
        new("inapposite", Distinguishes, 0.75, Sentence),
        new("does not control", Distinguishes, 0.75, Sentence),
        new("is not to the contrary", Distinguishes, 0.75, Sentence),
        new("unlike", Distinguishes, 0.70, Lead),
        new("indeed unlike", Distinguishes, 0.70, Lead),
        new("in contrast to", Distinguishes, 0.70, Lead),
        new("here in contrast", Distinguishes, 0.70, NextSentence),
        new("here by contrast", Distinguishes, 0.70, NextSentence),
        new("in contrast here", Distinguishes, 0.70, NextSentence),
        new("by contrast here", Distinguishes, 0.70, NextSentence),
        // "... X. In this case, by contrast, ...". ("Here, however, ..." is left out: on a corpus sample it as often
        // turns to the rule of the case applied, "Here, however, petitioners had no direct stake".)
        new("in this case by contrast", Distinguishes, 0.65, NextSentence),
        new("in the present case by contrast", Distinguishes, 0.65, NextSentence),
        new("in this case by contrast", Distinguishes, 0.60, Sentence),
        new("in the present case by contrast", Distinguishes, 0.60, Sentence),
        new("here in contrast", Distinguishes, 0.65, Sentence),
        new("here by contrast", Distinguishes, 0.65, Sentence),
        new("unlike", Distinguishes, 0.75, Clause),
        new("in contrast to", Distinguishes, 0.75, Clause),
        new("in contrast with", Distinguishes, 0.80, Before),
        new("by contrast with", Distinguishes, 0.80, Before),
        new("in contrast with", Distinguishes, 0.75, Clause),
        new("different from", Distinguishes, 0.70, Before),
        new("different from that in", Distinguishes, 0.75, Before),
        new("differs from", Distinguishes, 0.65, Sentence),
        new("differ from", Distinguishes, 0.65, Sentence),
        new("is not apposite", Distinguishes, 0.85, After),
        new("are not apposite", Distinguishes, 0.85, After),
        new("not apposite", Distinguishes, 0.75, Sentence),
        new("is inapplicable", Distinguishes, 0.85, After),
        new("are inapplicable", Distinguishes, 0.85, After),
        new("are not controlling", Distinguishes, 0.85, After),
        new("is not dispositive", Distinguishes, 0.80, After),
        new("is not such a case", Distinguishes, 0.80, After),
        new("is not in point", Distinguishes, 0.80, After),
        new("is beside the point", Distinguishes, 0.75, After),
        new("has no application", Distinguishes, 0.80, After),
        new("is of little help", Distinguishes, 0.70, After),
        new("are of little help", Distinguishes, 0.70, After),
        new("does not support", Distinguishes, 0.70, After),
        new("do not support", Distinguishes, 0.70, After),
        new("does not hold", Distinguishes, 0.75, After),
        new("did not hold", Distinguishes, 0.75, After),
        new("did not involve", Distinguishes, 0.75, After),
        // the case as subject of what it left undecided narrows what it stands for ("Gomez did not decide which
        // party bore the burden"), as "does not speak to" does; one unlike the present case is set apart
        new("did not decide", Limits, 0.70, After),
        new("did not address", Limits, 0.70, After),
        new("did not consider", Limits, 0.70, After),
        new("did not purport to", Limits, 0.70, After),
        new("says nothing about", Limits, 0.70, After),
        new("said nothing about", Limits, 0.70, After),
        new("has nothing to do with", Distinguishes, 0.75, After),
        new("is a far cry from", Distinguishes, 0.80, After),
        new("bears little resemblance to", Distinguishes, 0.80, After),
        new("bears no resemblance to", Distinguishes, 0.80, After),
        new("does not involve", Distinguishes, 0.75, After),
        new("is quite different", Distinguishes, 0.75, After),
        new("are quite different", Distinguishes, 0.75, After),
        new("was quite different", Distinguishes, 0.75, After),
        new("were quite different", Distinguishes, 0.75, After),
        new("does not compel", Distinguishes, 0.80, After),
        new("compel a different result", Distinguishes, 0.75, Sentence),
        new("require a different result", Distinguishes, 0.75, Sentence),
        new("dictate a different result", Distinguishes, 0.75, Sentence),
        new("slender reed", Distinguishes, 0.70, Sentence),
        // "Although this Court has recognized ..., see X, the arrival of a billing envelope is hardly as intrusive as ...".
        new("is hardly as", Distinguishes, 0.65, Sentence),
        new("are hardly as", Distinguishes, 0.65, Sentence),
        new("none of these cases", Distinguishes, 0.70, Sentence),
        new("none of those cases", Distinguishes, 0.70, Sentence),
        new("none of the cases", Distinguishes, 0.70, Sentence),
        new("none of these decisions", Distinguishes, 0.70, Sentence),
        new("none of those decisions", Distinguishes, 0.70, Sentence),
        new("none of these cases", Distinguishes, 0.70, NextSentence),
        new("none of those cases", Distinguishes, 0.70, NextSentence),
        new("none of these decisions", Distinguishes, 0.70, NextSentence),
        new("this is not such a case", Distinguishes, 0.70, NextSentence),
        new("this case is not such a case", Distinguishes, 0.70, NextSentence),
        new("that is not this case", Distinguishes, 0.70, NextSentence),
        new("that is not the case here", Distinguishes, 0.70, NextSentence),
        // "In both X and Y the question was whether ... In this case the question is ...": the next sentence turns
        // from the cases to this one.
        new("in this case the question", Distinguishes, 0.70, NextSentence),
        new("in the present case the question", Distinguishes, 0.70, NextSentence),

        // A concession that sets the cases cited in it aside ("Whatever validity the notion may have when applied
        // to ..., see X, it distorts reality to apply it to ..."), and "Neither X nor Y supports ...".
        new("whatever validity", Distinguishes, 0.65, Sentence),
        new("whatever force", Distinguishes, 0.65, Sentence),
        new("whatever merit", Distinguishes, 0.65, Sentence),
        new("whatever vitality", Distinguishes, 0.65, Sentence),
        new("neither", Distinguishes, 0.65, Lead),
        new("in neither of", Distinguishes, 0.70, Sentence),
        new("neither of the cases", Distinguishes, 0.70, Sentence),
        new("neither of these cases", Distinguishes, 0.70, Sentence),
        new("neither of those cases", Distinguishes, 0.70, Sentence),

        // Refusing a broad reading of a case someone applies here ("We do not believe that X can be read so
        // broadly"): the case does not reach this one, which sets it apart.
        new("read so broadly", Distinguishes, 0.75, Sentence),
        new("read too broadly", Distinguishes, 0.70, Sentence),
        new("read as broadly", Distinguishes, 0.70, Sentence),
        new("so broad a reading", Distinguishes, 0.70, Sentence),
        new("can not be read", Distinguishes, 0.75, After),
        new("cannot be read", Distinguishes, 0.75, After),

        // "None of those cases was overruled": the cases stand (outweighs the "none of those cases" rows).
        new("none of these cases was overruled", ReliesOn, 0.75, Sentence),
        new("none of those cases was overruled", ReliesOn, 0.75, Sentence),
        new("none of these cases has been overruled", ReliesOn, 0.75, Sentence),
        new("none of those cases has been overruled", ReliesOn, 0.75, Sentence),
        new("none of these decisions was overruled", ReliesOn, 0.75, Sentence),
        new("none of those decisions was overruled", ReliesOn, 0.75, Sentence),
        new("none of these decisions has been overruled", ReliesOn, 0.75, Sentence),
        new("none of those decisions has been overruled", ReliesOn, 0.75, Sentence),

        // Limiting: the case holds less than it is taken for.
        new("cut back upon", Limits, 0.85, Before),
        new("cut back on", Limits, 0.85, Before),
        new("limitation on the reach of", Limits, 0.85, Before),
        new("decline to extend", Limits, 0.80, Before),
        new("does not speak to", Limits, 0.80, After),
        new("does not extend", Limits, 0.75, After),
        new("is limited to", Limits, 0.80, After),
        new("was limited to", Limits, 0.75, After),
        new("does not stand for", Limits, 0.75, After),
        new("stands only for", Limits, 0.75, After),
        new("limited to its facts", Limits, 0.85, Sentence),
        new("confined to its facts", Limits, 0.85, Sentence),
        new("cut back", Limits, 0.80, Sentence),
        new("limited its holding", Limits, 0.80, Sentence),
        new("limitation on the reach", Limits, 0.80, Sentence),
        new("does not speak to", Limits, 0.70, Sentence),
        new("carefully avoided", Limits, 0.70, Sentence),
        new("we do not read", Limits, 0.75, Before),
        new("held only", Limits, 0.70, After),
        new("holds only", Limits, 0.70, After),
        new("decided only", Limits, 0.70, After),

        // Criticizing: the opinion finds fault with the case.
        new("having dissented in", Criticizes, 0.85, Before),
        // A justice recalling a dissent in the case ("Because I was in the dissent in X, I do not join ...").
        new("i was in the dissent in", Criticizes, 0.85, Before),
        new("i was in dissent in", Criticizes, 0.85, Before),
        new("i joined the dissenters in", Criticizes, 0.80, Before),
        // Doubt about the case itself ("I am skeptical about the X exemption in the first place").
        new("skeptical about", Criticizes, 0.70, Clause),
        new("skeptical of", Criticizes, 0.70, Clause),
        new("we dissented in", Criticizes, 0.80, Before),
        new("i dissented in", Criticizes, 0.80, Before),
        new("re examine our holding in", Criticizes, 0.85, Before),
        new("reexamine our holding in", Criticizes, 0.85, Before),
        new("wooden application of", Criticizes, 0.70, Before),
        new("was wrongly decided", Criticizes, 0.90, After),
        new("was incorrectly decided", Criticizes, 0.90, After),
        new("should be overruled", Criticizes, 0.85, After),
        new("disassociate ourselves", Criticizes, 0.85, Sentence),
        new("dissociate ourselves", Criticizes, 0.85, Sentence),
        new("wrongly decided", Criticizes, 0.85, Sentence),
        new("incorrectly decided", Criticizes, 0.85, Sentence),
        new("should be overruled", Criticizes, 0.80, Sentence),
        new("majority of the court is willing to", Criticizes, 0.80, Sentence),
        new("re examine", Criticizes, 0.70, Sentence),
        new("reexamine", Criticizes, 0.70, Sentence),
        new("reconsider", Criticizes, 0.65, Sentence),
        new("we disapprove", Criticizes, 0.75, Sentence),
        new("i would overrule", Criticizes, 0.90, Before),
        new("would overrule", Criticizes, 0.85, Before),
        new("would overrule", Criticizes, 0.80, Sentence),
        new("carried to the extreme in", Criticizes, 0.80, Before),
        new("carried to an extreme in", Criticizes, 0.80, Before),
        new("carried to its extreme in", Criticizes, 0.80, Before),
        new("strong disagreement with", Criticizes, 0.75, Sentence),
        new("my disagreement with", Criticizes, 0.70, Sentence),
        new("never should have started", Criticizes, 0.80, Sentence),
        new("should never have started", Criticizes, 0.80, Sentence),
        new("started down this road", Criticizes, 0.75, Sentence),
        new("started down that road", Criticizes, 0.75, Sentence),
        new("wrong turn", Criticizes, 0.70, Sentence),
        new("was wrong", Criticizes, 0.80, After),
        new("was a mistake", Criticizes, 0.80, After),
        new("was erroneous", Criticizes, 0.80, After),
        new("erroneously decided", Criticizes, 0.85, Sentence),
        new("badly reasoned", Criticizes, 0.75, Sentence),
        new("poorly reasoned", Criticizes, 0.75, Sentence),
        // A justice who will no longer follow a case's rule ("I can no longer follow the 'retroactivity' doctrine announced
        // in X"): the writer, not a party, turns from it.
        // "This is not a case where a group of producers may make the law (see X)": the case shown is the kind the
        // present one is not (read forward into the citation sentences after it by NotACaseFinder).
        new("is not a case where", Distinguishes, 0.65, SentenceBefore),
        new("is not a case in which", Distinguishes, 0.65, SentenceBefore),
        new("was not a case where", Distinguishes, 0.65, SentenceBefore),
        new("was not a case in which", Distinguishes, 0.65, SentenceBefore),
        new("is not a situation where", Distinguishes, 0.65, SentenceBefore),
        new("is not a situation in which", Distinguishes, 0.65, SentenceBefore),
        new("i can no longer follow", Criticizes, 0.80, SentenceBefore),
        new("i can no longer accept", Criticizes, 0.80, SentenceBefore),
        new("i can no longer adhere to", Criticizes, 0.80, SentenceBefore),
        new("i will no longer follow", Criticizes, 0.80, SentenceBefore),
        new("we can no longer adhere to", Criticizes, 0.80, SentenceBefore),
        new("we can no longer accept", Criticizes, 0.80, SentenceBefore),
        // A justice pointing to the reasons of a dissent in the case ("For reasons explained in my dissent in X", "See my
        // dissenting opinion in X") draws on that dissent's reasoning: the held-out gold scores it relies-on (a justice
        // saying he dissented, "I dissented in X", "having dissented in X", finds fault with the case).
        new("my dissent in", ReliesOn, 0.62, Before),
        new("my dissenting opinion in", ReliesOn, 0.62, Before),
        new("i joined the dissent in", Criticizes, 0.80, Before),

        // Overruling.
        new("we overrule", Overrules, 0.95, Before),
        new("we now overrule", Overrules, 0.95, Before),
        new("overrule", Overrules, 0.75, Before),
        new("we therefore overrule", Overrules, 0.95, Before),
        new("we also overrule", Overrules, 0.95, Before),
        new("we today overrule", Overrules, 0.95, Before),
        new("and overrule", Overrules, 0.80, Before),
        new("is overruled", Overrules, 0.95, After),
        new("are overruled", Overrules, 0.95, After),
        new("is hereby overruled", Overrules, 0.95, After),
        new("we overrule", Overrules, 0.90, Sentence),
        new("are overruled", Overrules, 0.85, Sentence),
        new("is overruled", Overrules, 0.85, Sentence),
        new("hereby overruled", Overrules, 0.90, Sentence),
        .. PassiveOverrulings(),

        // Explaining: the opinion describes the case, or a party's use of it. "A novel extension of the X line"
        // finds fault with the decision that extends the line, not with the cases of the line.
        new("novel extension of", Explains, 0.60, Before),
        new("unwarranted extension of", Explains, 0.60, Before),
        new("unprecedented extension of", Explains, 0.60, Before),
        new("claim under", Explains, 0.50, Before),
        new("claims under", Explains, 0.50, Before),
        new("argument based on", Explains, 0.50, Before),
        new("argument based on the holding in", Explains, 0.55, Before),
        new("argument under", Explains, 0.50, Before),
        new("reserved the question", Explains, 0.55, Sentence),

        // A question the Court leaves open ("we have no occasion to decide whether the rule of X would ..."): the case is named,
        // not applied (light, so that any cue of use outweighs it).
        new("we have no occasion", Cites, 0.58, Sentence),
        new("we had no occasion", Cites, 0.58, Sentence),
        new("we thus have no occasion", Cites, 0.58, Sentence),
        new("we therefore have no occasion", Cites, 0.58, Sentence),
        new("we express no view", Cites, 0.58, Sentence),
        new("we intimate no view", Cites, 0.58, Sentence),
        new("we leave open", Cites, 0.58, Sentence),
        new("we leave for another day", Cites, 0.58, Sentence),
        new("was held", Explains, 0.45, Sentence),
    ];

    /// <summary>The Court's own overruling in the passive, with an adverb between the verb and the participle ("X is
    /// today overruled", "Those decisions are therefore overruled", "which is now overruled"): present tense only, since
    /// "X was overruled in Y" and "X has been overruled" report another decision's act.</summary>
    private static IEnumerable<TreatmentCue> PassiveOverrulings()
    {
        foreach (var verb in (string[])["is", "are"])
        {
            foreach (var adverb in (string[])["today", "now", "expressly", "therefore", "accordingly", "thus", "also"])
            {
                yield return new($"{verb} {adverb} overruled", Overrules, 0.95, After);
                yield return new($"{verb} {adverb} overruled", Overrules, 0.90, Sentence);
            }
        }
    }

    /// <summary>Who else may rely on a case: when one of these is the subject of a reliance verb before the
    /// citation, the opinion reports that reliance rather than relying itself.</summary>
    public static IReadOnlyList<string> OtherActors { get; } =
    [
        "the court below", "the courts below", "the lower court", "the lower courts", "the court of appeals",
        "the courts of appeals", "the district court", "the trial court", "the state court", "the state courts",
        "the circuit", "circuit", "the panel", "the en banc court", "the magistrate", "petitioner", "petitioners",
        "respondent", "respondents", "plaintiff", "plaintiffs", "defendant", "defendants", "the government",
        "the state", "the solicitor general", "amici", "amicus", "they", "the dissent", "the principal dissent",
        "the concurrence", "the plurality", "appellant", "appellants", "appellee", "appellees", "the commission",
        "the agency", "the board", "the secretary", "the city", "the county", "the union", "the employer",
        "the attorney general", "the prosecution", "the prosecutor", "the petitioner", "the respondent", "the appellant",
        "the appellee", "the united states", "the school district", "the company", "the railroad", "the taxpayer",
    ];

    /// <summary>Actors that are someone else only in a separate opinion (in the Court's opinion they are itself).</summary>
    public static IReadOnlyList<string> MajorityActors { get; } =
    [
        "the court", "the majority", "the court today", "today opinion", "the court opinion",
    ];

    /// <summary>Verbs of reliance proper: the actor rule looks for them after the actor in the citation's sentence,
    /// or in the sentence before a citation sentence ("They rest this proposal on ... See, e.g., X.").</summary>
    public static IReadOnlyList<string> RelianceVerbs { get; } =
    [
        "relied", "relies", "relying", "rely", "rest", "rests", "rested", "resting", "invoke", "invokes", "invoked",
        "invoking", "cite", "cites", "cited", "point to", "points to", "pointed to", "claim support", "claims support",
        "draw on", "draws on", "drew on", "found support", "finds support", "reliance on", "reliance upon", "citation of",
        "citation", "citations of",
    ];

    /// <summary>Words that, right after a reliance verb, make its object a run of authorities ("relies on cases
    /// such as ..."), so that a citation further on is still its object.</summary>
    public static IReadOnlyList<string> AuthorityWords { get; } =
    [
        "cases", "decisions", "precedents", "authorities", "authority", "opinions", "dicta", "dictum", "language", "line",
    ];

    /// <summary>Verbs of reading, arguing and applying: reliance only when the case follows them in the same sentence.</summary>
    public static IReadOnlyList<string> UseVerbs { get; } =
    [
        "reads", "read", "reading", "argue", "argues", "argued", "contend", "contends", "contended", "urge", "urges",
        "urged", "understood", "applied", "applies", "applying", "asserts", "asserted", "misreads", "misread",
        "misreading", "misconstrues", "misconstrued", "misapplies", "misapplied",
    ];

    /// <summary>Words that, beside reported reliance, say it was wrong: the opinion then distinguishes the case.</summary>
    public static IReadOnlyList<string> ErrorWords { get; } =
    [
        "erred", "err", "errs", "mistaken", "mistakenly", "misplaced", "wrongly", "incorrectly", "misread",
        "misreads", "misreading", "misapplied", "misapplies", "misunderstood", "misunderstands", "misconstrued",
        "misconstrues", "i do not", "we do not agree", "disagree", "unavailing", "inapt", "unpersuasive", "misguided",
        "fails to support", "fail to support",
    ];

    /// <summary>Verbs that, a few words after an actor opening a sentence (<see cref="OtherActors"/>, and in a separate
    /// opinion <see cref="MajorityActors"/>), make the sentence that actor's claim ("Respondent argues that ...", "The Court
    /// reasons that such a claim is analogous to ... X"): answered by a flat rejection (<see cref="RejectionPhrases"/>) in
    /// the next sentence, the cases the claim rests on are set apart (<see cref="RejectedClaimFinder"/>).</summary>
    public static IReadOnlyList<string> ClaimVerbs { get; } =
    [
        "argues", "argue", "argued", "contends", "contend", "contended", "asserts", "assert", "asserted", "maintains",
        "maintain", "maintained", "suggests", "suggest", "suggested", "urges", "urge", "urged", "insists", "insist",
        "insisted", "claims", "claim", "claimed", "reasons", "reason", "reasoned", "concludes", "conclude", "concluded",
        "holds", "held", "finds", "find", "found", "believes", "believe", "believed", "thought", "thinks", "think",
        "submits", "submit", "submitted", "says", "say", "said", "states", "stated", "relies", "rely", "relied",
        "invokes", "invoke", "invoked", "cites", "cite", "cited", "analogizes", "analogize", "compares", "likens",
        "reads", "read", "counters", "counter", "responds", "respond", "posits", "views", "treats", "insist",
        "would have us", "takes the position", "take the position", "is of the view",
    ];

    /// <summary>Flat rejections opening a sentence ("I cannot agree.", "We disagree."): they answer the claim of the
    /// sentence before.</summary>
    public static IReadOnlyList<string> RejectionPhrases { get; } =
    [
        "i disagree", "we disagree", "i respectfully disagree", "i cannot agree", "we cannot agree", "i can not agree",
        "we can not agree", "i do not agree", "we do not agree", "i dont agree", "we dont agree", "i am not persuaded",
        "we are not persuaded", "i am unpersuaded", "we are unpersuaded", "i cannot accept", "we cannot accept",
        "i can not accept", "we can not accept", "i do not accept", "we do not accept", "i think not", "we think not",
        "that is not so", "this is not so", "we reject this argument", "we reject that argument",
        "we reject this contention", "we reject that contention", "we reject the contention", "we reject the argument",
        "i cannot accept this", "i cannot subscribe", "the argument fails", "this argument fails", "that argument fails",
        "this argument is unpersuasive", "that argument is unpersuasive", "the argument is without merit",
        "this contention fails", "that contention fails", "that reliance is misplaced", "this reliance is misplaced",
        "such reliance is misplaced", "we find this argument unpersuasive",
    ];

    /// <summary>Predicates that, after "X, not Y," make X the precedent that decides the case and set Y apart ("Biard and
    /// Catlin, not Nixon and Mitchell, are the relevant precedent"; "On this question Osborne, not Henry, controls").</summary>
    public static IReadOnlyList<string> GoverningPredicates { get; } =
    [
        "controls", "control", "governs", "govern", "is controlling", "are controlling", "is the relevant",
        "are the relevant", "is the controlling", "are the controlling", "is the governing", "are the governing",
        "is the proper", "are the proper", "is the applicable", "are the applicable", "is the pertinent",
        "are the pertinent", "is the appropriate", "are the appropriate", "is the apposite", "are the apposite",
        "supplies the rule", "supply the rule", "provides the rule", "provide the rule", "is the better analogy",
        "are the better analogy", "is the closer analogy", "is the proper analogy", "furnishes the", "furnish the",
    ];

    /// <summary>Words that, before "X, not Y, controls", make it someone's view the opinion reports ("In his view,
    /// Cronic, not Strickland, governs").</summary>
    public static IReadOnlyList<string> ViewWords { get; } =
    [
        "view", "contention", "argument", "position", "submission", "according", "contends", "argues", "asserts",
        "maintains", "urges", "insists", "claims", "suggests", "believes",
    ];

    /// <summary>Label and weight of the rule for the case set against the governing one ("X, not Y, controls").</summary>
    public static TreatmentCue NotGoverning { get; } = new("x not y governs", Distinguishes, 0.75, Sentence);

    /// <summary>Words that make a claim an attack on the cases it names ("the doctrine on which X relied has no remaining
    /// vitality", "X was overruled"): rejecting it upholds them, so <see cref="RejectedClaimFinder"/> leaves them.</summary>
    public static IReadOnlyList<string> AttackWords { get; } =
    [
        "vitality", "overruled", "overrule", "abandoned", "repudiated", "discredited", "undermined", "eroded", "obsolete",
        "outdated", "wrongly", "erroneous", "erroneously", "incorrectly", "reconsider", "reexamine", "disavowed",
        "superseded", "abrogated",
    ];

    /// <summary>Label of the rule for the cases of a claim rejected in the next sentence.</summary>
    public const string RejectedClaim = "claim rejected in the next sentence";

    /// <summary>Words that, at the head of the next sentence naming the case again, answer reported reliance
    /// ("The Court relies on X. X, however, held only ..."): the opinion then distinguishes the case.</summary>
    public static IReadOnlyList<string> RebuttalWords { get; } = ["however", "but", "yet"];

    /// <summary>Auxiliaries that, right after "neither", make it "also not" ("neither did the court below"), not the
    /// head of "Neither X nor Y".</summary>
    public static IReadOnlyList<string> InvertedAuxiliaries { get; } =
    [
        "did", "does", "do", "is", "was", "are", "were", "has", "have", "had", "can", "could", "would", "will", "should",
        "may", "might", "must", "need",
    ];

    /// <summary>Label of a cue inside a holding the opinion reports as an error (its sense turned over).</summary>
    public const string HeldInError = "held in error";

    /// <summary>Label of the rule for reported reliance rebutted in the next sentence.</summary>
    public const string RebuttedReliance = "reported reliance rebutted in the next sentence";

    /// <summary>Label of the rule for reported reliance answered by a "but" clause right after the citation.</summary>
    public const string AnsweredReliance = "reported reliance answered in the same sentence";

    /// <summary>Words that, right before a negative cue, make it someone else's proposal ("it proposes to cut back
    /// upon X", "petitioner asks us to overrule X"): the opinion reports it to resist it, so it upholds the case.</summary>
    public static IReadOnlyList<string> ProposalWords { get; } =
    [
        "proposes to", "propose to", "proposed to", "seeks to", "seek to", "purports to", "attempts to", "threatens to",
        "asks us to", "ask us to", "asked us to", "urges us to", "urge us to", "urged us to", "invites us to",
        "invitation to", "we decline to", "we need not", "suggestion that", "suggestions that", "request that",
        "requests that", "proposal that", "insistence that", "plea that", "asks that", "ask that", "asked that",
    ];

    /// <summary>Verbs of argument that, anywhere before a negative cue in its sentence, make the cue someone's
    /// argument ("Petitioner contends that X is distinguishable"), which the opinion only reports.</summary>
    public static IReadOnlyList<string> ArgumentWords { get; } =
    [
        "contends that", "contend that", "contended that", "argues that", "argue that", "argued that", "asserts that",
        "assert that", "claims that", "claim that", "urges that", "urge that", "maintains that", "maintain that",
        "insists that", "insist that", "submits that", "suggests that", "contending that", "arguing that",
        "asserting that", "urging that", "maintaining that", "insisting that", "suggesting that", "claiming that",
    ];

    /// <summary>Phrases that, before a cue of fault ("Thus, under today's analysis, X was wrongly decided"), make the
    /// fault a consequence of the other side's reasoning: the writer holds to the case and relies on it.</summary>
    public static IReadOnlyList<string> CounterfactualWords { get; } =
    [
        "under today analysis", "under today holding", "under today decision", "under the court analysis",
        "under the court reasoning", "under the court logic", "under the court approach", "under the court view",
        "under the court test", "under the court rule", "under the court holding", "under the majority analysis",
        "under the majority reasoning", "under the majority logic", "under the majority approach",
        "under the majority view", "under the plurality analysis", "under the plurality reasoning",
        "by the court logic", "by the court reasoning", "on the court reasoning", "on the court logic",
        "on the court view", "if the court is right", "if the majority is right", "under the dissent analysis",
        "under the dissent reasoning", "under the dissent view", "by the dissent logic",
    ];

    /// <summary>Label and weight of a cue of fault that follows from the other side's reasoning.</summary>
    public static TreatmentCue Counterfactual { get; } = new("fault under the other side's reasoning", ReliesOn, 0.70, Sentence);

    /// <summary>Label and weight of a negative cue inside someone's argument.</summary>
    public static TreatmentCue ReportedArgument { get; } = new("reports an argument", Explains, 0.50, Sentence);

    /// <summary>Words that, a few words before a proposal, say the writer takes it up ("I would accept the
    /// invitation to overrule X"): the opinion then finds fault with the case.</summary>
    public static IReadOnlyList<string> AcceptWords { get; } = ["accept", "accepts", "accepting", "grant", "embrace", "heed"];

    /// <summary>Label and weight of a negative cue inside a proposal the writer takes up.</summary>
    public static TreatmentCue AcceptedProposal { get; } = new("takes up a proposal", Criticizes, 0.80, Sentence);

    /// <summary>Suffix of the cue of an overruling cue in a separate opinion, which can only criticize.</summary>
    public const string SeparateOpinionOverruling = " (separate opinion: criticizes)";

    /// <summary>Label and weight of a negative cue inside someone else's proposal.</summary>
    public static TreatmentCue ResistedProposal { get; } = new("resists a proposal", ReliesOn, 0.60, Sentence);

    /// <summary>Phrases that describe what other courts have done ("the courts have divided", "several courts
    /// have held"): citations backing such a survey, in its sentence or in the citation sentence after it, are
    /// examples the opinion cites, not authority it relies on.</summary>
    public static IReadOnlyList<string> SurveyWords { get; } =
    [
        "courts have divided", "courts are divided", "courts have split", "courts are split", "courts have disagreed",
        "courts disagree", "courts have differed", "courts differ", "divided the courts", "divided the lower courts",
        "have divided on", "are divided on", "conflict among", "conflict in the circuits", "conflict among the circuits",
        "split among", "split of authority", "split in authority", "division of authority", "division among",
        "disagreement among", "reached different conclusions", "reached conflicting", "conflicting decisions",
        "conflicting results", "courts have reached", "courts have held", "courts have ruled", "courts have concluded",
        "courts have taken", "courts have found", "courts have adopted", "courts have rejected", "courts have applied",
        "courts have recognized", "courts have upheld", "courts have struck", "courts have read", "courts have construed",
        "courts have interpreted", "courts have followed", "courts have also", "courts of appeals have", "circuits have",
        "courts that have", "decisions from at least", "decisions from other", "decisions from several",
        "decisions from state", "jurisdictions have", "states have held", "states have adopted", "states have rejected",
        "courts have consistently", "courts have generally", "courts have uniformly", "courts have routinely",
        "in light of the conflict", "conflict between the decision below", "conflict between the judgment below",
        "to resolve the conflict", "to resolve a conflict", "to resolve this conflict", "because of the conflict",
        "because of a conflict", "to resolve the disagreement", "are in conflict", "conflict with decisions of",
        "conflict with the decisions of", "courts have long", "lower courts have", "state courts have", "federal courts have", "other courts have",
        "some courts have", "several courts have", "many courts have", "most courts have", "courts below have",
        "we have found only", "we are aware of only", "have found no other", "only one case decided", "only other case",
    ];

    /// <summary>Negative cues that, in the sentence before a citation sentence, set apart the cases cited in it
    /// ("This case differs from those in which ... See, e.g., X."): they speak of cases without naming them.</summary>
    public static IReadOnlyList<TreatmentCue> LeadInCues { get; } =
    [
        new("differs from those", Distinguishes, 0.70, Sentence),
        new("differs from these", Distinguishes, 0.70, Sentence),
        new("differ from those", Distinguishes, 0.70, Sentence),
        new("different from those", Distinguishes, 0.70, Sentence),
        new("different from these", Distinguishes, 0.70, Sentence),
        new("distinguishable from those", Distinguishes, 0.70, Sentence),
        new("those cases are distinguishable", Distinguishes, 0.75, Sentence),
        new("these cases are distinguishable", Distinguishes, 0.75, Sentence),
        new("those cases are inapposite", Distinguishes, 0.75, Sentence),
        new("these cases are inapposite", Distinguishes, 0.75, Sentence),
        new("are not apposite", Distinguishes, 0.70, Sentence),
        new("none of these cases", Distinguishes, 0.70, Sentence),
        new("none of those cases", Distinguishes, 0.70, Sentence),
        new("none of the cases", Distinguishes, 0.70, Sentence),
        new("none of these decisions", Distinguishes, 0.70, Sentence),
        new("none of our cases", Distinguishes, 0.65, Sentence),
        new("unlike those cases", Distinguishes, 0.70, Sentence),
        new("unlike these cases", Distinguishes, 0.70, Sentence),
        new("unlike the cases", Distinguishes, 0.70, Sentence),
        new("in contrast to those cases", Distinguishes, 0.70, Sentence),
        new("those cases do not control", Distinguishes, 0.75, Sentence),
        new("do not stand for", Limits, 0.70, Sentence),
        new("read so broadly", Distinguishes, 0.70, Sentence),
        new("were wrongly decided", Criticizes, 0.75, Sentence),
        new("should be overruled", Criticizes, 0.70, Sentence),
        new("novel extension of", Explains, 0.55, Sentence),
        new("unwarranted extension of", Explains, 0.55, Sentence),
        new("unprecedented extension of", Explains, 0.55, Sentence),
        // "In neither of the examples cited by the majority would ... In X, we concluded ...".
        new("in neither of", Distinguishes, 0.70, Sentence),
        new("neither of the examples", Distinguishes, 0.70, Sentence),
        new("neither of the cases", Distinguishes, 0.70, Sentence),
        new("neither of these cases", Distinguishes, 0.70, Sentence),
        new("neither of those cases", Distinguishes, 0.70, Sentence),
        // A carve-out: "We do not disturb the theory of cases in which ... See, e.g., X."
        new("we do not disturb", Distinguishes, 0.65, Sentence),
    ];

    /// <summary>Cues of a separate opinion describing a trend of the Court's it deplores ("The Court has
    /// increasingly barred the courthouse door. See X; Y."; "The determination to keep litigants out of the federal
    /// courthouse, reflected in other decisions, e.g., X, hardly serves the values of federalism"): the decisions
    /// cited after the cue, in its sentence or in the citation sentence after it, are its examples.</summary>
    public static IReadOnlyList<TreatmentCue> SeparateLeadInCues { get; } =
    [
        new("courthouse door", Criticizes, 0.65, Sentence),
        new("court house door", Criticizes, 0.65, Sentence),
        new("closed the door", Criticizes, 0.65, Sentence),
        new("close the door", Criticizes, 0.65, Sentence),
        new("bar the door", Criticizes, 0.65, Sentence),
        new("has increasingly", Criticizes, 0.60, Sentence),
        new("increasingly to", Criticizes, 0.60, Sentence),
        new("have increasingly", Criticizes, 0.60, Sentence),
        new("steadily eroded", Criticizes, 0.65, Sentence),
        new("whittled away", Criticizes, 0.65, Sentence),
        new("chipped away", Criticizes, 0.65, Sentence),
        new("has retreated from", Criticizes, 0.65, Sentence),
        new("have retreated from", Criticizes, 0.65, Sentence),
        new("strong disagreement with", Criticizes, 0.70, Sentence),
        new("i dissented", Criticizes, 0.70, Sentence),
        new("i have dissented", Criticizes, 0.70, Sentence),
        new("federal courthouse", Criticizes, 0.65, Sentence),
        new("out of federal court", Criticizes, 0.65, Sentence),
        new("out of the federal courts", Criticizes, 0.65, Sentence),
        new("hardly serves", Criticizes, 0.65, Sentence),
        new("so circumscribed", Criticizes, 0.60, Sentence),
        new("dangerous course", Criticizes, 0.65, Sentence),
        new("dramatically lowered", Criticizes, 0.65, Sentence),
        new("gradually diminished", Criticizes, 0.65, Sentence),
        new("steadily diminished", Criticizes, 0.65, Sentence),
        new("progressively narrowed", Criticizes, 0.65, Sentence),
        // A separate opinion answering the Court's authorities ("Other cases relied upon by the Court were decided
        // upon equal protection grounds ... X. See also Y."): the cases it names are set apart.
        new("cases relied upon by the court", Distinguishes, 0.70, Sentence),
        new("cases relied on by the court", Distinguishes, 0.70, Sentence),
        new("cases cited by the court", Distinguishes, 0.70, Sentence),
        new("cases upon which the court relies", Distinguishes, 0.70, Sentence),
        new("cases on which the court relies", Distinguishes, 0.70, Sentence),
        new("cases relied upon by the majority", Distinguishes, 0.70, Sentence),
        new("cases relied on by the majority", Distinguishes, 0.70, Sentence),
        new("cases cited by the majority", Distinguishes, 0.70, Sentence),
        new("cases upon which the majority relies", Distinguishes, 0.70, Sentence),
        new("cases on which the majority relies", Distinguishes, 0.70, Sentence),
        new("examples cited by the majority", Distinguishes, 0.70, Sentence),
        new("examples cited by the court", Distinguishes, 0.70, Sentence),
        new("treats as points of departure", Distinguishes, 0.70, Sentence),
    ];

    /// <summary>Cues of a separate opinion that condemn, in the next sentence or the one after, a course the
    /// Court has taken without naming its case again ("... the stringent test set forth in X. ... Because the Court
    /// never should have started down this road, ..."): the case cited just before is that course.</summary>
    public static IReadOnlyList<TreatmentCue> CourseCues { get; } =
    [
        new("never should have started", Criticizes, 0.65, NextSentence),
        new("should never have started", Criticizes, 0.65, NextSentence),
        new("started down this road", Criticizes, 0.65, NextSentence),
        new("started down that road", Criticizes, 0.65, NextSentence),
        new("wrong turn", Criticizes, 0.65, NextSentence),
        new("never should have been decided", Criticizes, 0.65, NextSentence),
    ];

    /// <summary>Phrases of a separate opinion saying, with the Court a few words before as their subject, that it has
    /// taken a wrong course ("Today's decision is the latest example of how this Court ... has gradually diminished the
    /// application of Title VII. First, the Court held ... X; see also Y. Then, the Court held ... Z."): the cases the
    /// paragraph goes on to cite are that course's steps (<see cref="CourseParagraphFinder"/>).</summary>
    public static IReadOnlyList<string> CourseParagraphCues { get; } =
    [
        "gradually diminished", "dramatically lowered", "steadily eroded", "whittled away", "chipped away",
        "has retreated from", "steadily narrowed", "progressively narrowed", "steadily retreated", "has increasingly",
        "steadily diminished", "gradually eroded", "gradually narrowed", "systematically narrowed",
    ];

    /// <summary>Label of the survey rule.</summary>
    public const string Survey = "survey of other courts";

    /// <summary>Words of a case's name that do not identify it (used when a neighbouring sentence must name the case).</summary>
    public static IReadOnlyList<string> NameStopWords { get; } =
    [
        "v", "vs", "united", "states", "state", "of", "the", "in", "re", "ex", "rel", "parte", "city", "county",
        "inc", "co", "corp", "et", "al", "and", "for", "at", "on", "to", "new", "board", "department", "commission",
        "district", "court", "people", "commonwealth",
    ];
}
