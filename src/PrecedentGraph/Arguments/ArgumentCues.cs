using System.Buffers;
using System.Text.RegularExpressions;

namespace PrecedentGraph.Arguments;

/// <summary>The cue phrases of judicial argument: claim cues, references to the other opinions of the same
/// decision, agreement and disagreement, and dispositions. General legal English only; patterns are bounded
/// and run one sentence at a time, in raw ("cannot", "Court's") and normalized ("can not", "court") text.
/// (Data table.)</summary>
internal static partial class ArgumentCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>Claim cues, strongest first: a sentence matching one states a claim of its opinion.</summary>
    public static IReadOnlyList<Regex> Claims { get; } =
    [
        new(@"\bwe (?:therefore |thus |now |accordingly |also |further )?(?:hold|conclude|disagree|reject|decline|agree|find)\b", Options),
        new(@"\bi (?:therefore |thus |also |respectfully )?(?:agree|disagree|believe|conclude|think|would hold)\b", Options),
        new(@"\bi (?:can ?not|could not|do not|must) (?:agree|disagree|join|accept)\b", Options),
        new(@"\bthe (?:court|majority|plurality) (?:\w+ )?(?:errs|erred|goes astray|is wrong|is mistaken)\b", Options),
        new(@"\b(?:in my view|in our view|my view is|our view is|it is our (?:judgment|view|conclusion))\b", Options),
        new(@"\bwe (?:\w+ )?(?:do not|are not|were not|can ?not) (?:believe|think|agree|accept|persuaded|moved|convinced)\b", Options),
        new(@"\b(?:it|this|that) (?:would|could|was|is) (?:therefore |thus |certainly |surely )?not (?:have been )?(?:\w+ )?(?:unreasonable|reasonable|plainly incompetent)\b", Options),
        new(@"\b(?:could|would|should|must|can ?not|need not|might) (?:\w+ ){0,2}(?:conclude|believe|decide|view|have (?:believed|concluded|thought|known|recognized))\b", Options),
        new(@"\bthe (?:question|issue|inquiry) (?:in this case |here |instead |presented |before us )?is\b", Options),
        new(@"\b(?:is|are|was|were) (?:\w+ )?(?:misleading|unpersuasive|mistaken|wrong|incorrect|erroneous|misplaced|far afield|pertinent|relevant|irrelevant|dispositive|inconsistent|puzzling|unprecedented|difficult to understand)\b", Options),
        new(@"\b(?:does not control|(?:does|do|did) not (?:dictate|compel|mandate)|not remotely similar|makes little sense|proves (?:far )?too much|it follows that|support for the conclusion|it can ?not be said|we need not)\b", Options),
    ];

    /// <summary>The gate of each claim cue (same order): words one of which every match of the cue holds; none where
    /// the cue opens on words the regex itself finds faster ("we", "i").</summary>
    public static IReadOnlyList<CueGate?> ClaimGates { get; } =
    [
        null,
        null,
        null,
        new("err", "astray", "wrong", "mistaken"),
        new("view", "it is our"),
        null,
        new("reasonable", "incompetent"),
        new("conclude", "believe", "decide", "view", "thought", "known", "recognized"),
        new("question", "issue", "inquiry"),
        new("misleading", "unpersuasive", "mistaken", "wrong", "incorrect", "erroneous", "misplaced", "far afield", "pertinent",
            "relevant", "dispositive", "inconsistent", "puzzling", "unprecedented", "difficult to understand"),
        new("not control", "dictate", "compel", "mandate", "remotely similar", "little sense", "too much", "follows that",
            "support for the conclusion", "be said", "need not"),
    ];

    /// <summary>Words one of which every disposition pattern below holds.</summary>
    public static SearchValues<string> DispositionWords { get; } = SearchValues.Create(
        ["revers", "affirm", "vacat", "remand", "dismiss", "denied"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The word <see cref="WouldDispose"/> needs.</summary>
    public static SearchValues<string> WouldWords { get; } = SearchValues.Create(["would"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Words one of which each of <see cref="SeparateDispositions"/> holds.</summary>
    public static SearchValues<string> SeparateWords { get; } = SearchValues.Create(["concur", "dissent", "join"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Someone else's claim reported: "the respondents contend that", "petitioner argues", "the Court of
    /// Appeals reversed, holding that", "according to", "X sought review, arguing that".</summary>
    public static Regex Reported { get; } = new(
        @"(?:\b(?!we\b|i\b)[a-z]+ (?:\w+ )?(?:contends?|contended|argues?|argued|asserts?|asserted|urges?|urged|alleges?|alleged|insists?|insisted|submits?|suggests?|maintains?|held|holding|ruled|reasoned)\b|\baccording to\b"
        + @"|,\s*(?:arguing|contending|asserting|urging|alleging|insisting|claiming|maintaining|complaining)\b)", Options);

    /// <summary>Words one of which every match of <see cref="Reported"/> holds.</summary>
    public static CueGate ReportedGate { get; } = new(
        "contend", "argu", "assert", "urg", "alleg", "insist", "submit", "suggest", "maintain", "held", "holding", "ruled", "reasoned",
        "according to", "claiming", "complaining");

    /// <summary>"ante, at 5", "post, at 3", "ante,at", "post, n. 4": a pointer to another opinion of the decision.</summary>
    public static Regex AntePost { get; } = new(@"\b(?<direction>ante|post)\s*,\s*(?:at\b|n\.|note\b)", Options);

    /// <summary>"opinion of HARLAN, J.", "justice harlan", "DOUGLAS, J., dissenting", "harlan,concurring".</summary>
    public static Regex NamedJustice { get; } = new(
        @"\b(?:opinion of (?:justice )?(?<name>[a-z']{3,})|justice (?<name>[a-z']{3,})|(?<name>[a-z']{3,})\s*,\s*(?:c\.\s*)?(?:jj?\.\s*,\s*)?(?:dissenting|concurring))", Options);

    /// <summary>"JUSTICE HARLAN" standing alone. ("X, J., dissenting" alone cites a separate opinion of an earlier
    /// case; after "ante"/"post" it names the opinion pointed at.)</summary>
    public static Regex Justice { get; } = new(@"\bjustice (?<name>[a-z']{3,})", Options);

    /// <summary>"THE CHIEF JUSTICE": with no author's name after it, the author of the opinion whose heading names him.</summary>
    public static Regex ChiefJustice { get; } = new(@"\bthe chief justice\b", Options);

    /// <summary>The word after a position: "<c>\s+word</c>".</summary>
    public static Regex NextWord { get; } = new(@"\G\s+(?<word>[a-z']{3,})", Options);

    /// <summary>An opinion heading naming the Chief Justice as its author: "MR. CHIEF JUSTICE BURGER delivered".</summary>
    public static Regex ChiefHeading { get; } = new(@"^(?:mr\.\s*)?chief\s+justice\s+[a-z']{3,}", Options);

    /// <summary>Words after "justice" that are no name: "justice requires", "the ends of justice".</summary>
    public static Regex NotAName { get; } = new(@"^(?:and|the|of|is|was|would|will|requires?|demands?|system|department|delayed|denied|done|served)$", Options);

    /// <summary>"the dissent", "the principal dissent", "the dissenting opinion".</summary>
    public static Regex Dissent { get; } = new(@"\bthe (?:principal |lead |main |other |first |second )?(?:dissent|dissenting opinion|dissenters)\b", Options);

    /// <summary>What follows "the dissent" of another case: "in Whitley", "in Smith v. Jones" (not "in this case", "in
    /// part", "in its view").</summary>
    public static Regex InOtherCase { get; } = new(
        @"^\s+in\s+(?!this\b|the\b|these\b|that\b|its\b|his\b|her\b|their\b|part\b|today\b|my\b|our\b|short\b|sum\b|effect\b|essence\b|light\b|addition\b|any\b|some\b|fact\b|a\b|an\b|no\b|[a-z]*ing\b)[a-z]", Options);

    /// <summary>"the concurrence", "the concurring opinion".</summary>
    public static Regex Concurrence { get; } = new(@"\bthe (?:separate )?(?:concurrence|concurring opinion)\b", Options);

    /// <summary>"the Court stated", "the Court has held": this Court in an earlier case, told in the past; a separate
    /// opinion answers today's Court in the present ("the Court holds", "the Court errs").</summary>
    public static Regex PastCourt { get; } = new(
        @"^\s*(?:'s?\s+)?,?\s*(?:\w+ly\s+|also\s+|then\s+|there\s+|,\s*in\s+\w+\s+\w+,\s*)?(?:has\s+|had\s+|was\s+|were\s+)?(?:\w+ed|said|held|found|made|took|gave|wrote|spoke|struck|laid|stood|upheld|reaffirmed)\b"
        + @"|^\s*(?:'s?)?\s+(?:\w+\s+){1,3}(?:has|had)\s+\W?been\b", Options);

    /// <summary>What stands before "the Court" when it is another case's Court: the agent of a passive ("stated by the
    /// Court"), the Court someone wrote for ("speaking for the Court", "opinion for the Court").</summary>
    public static Regex CourtAsAgent { get; } = new(@"(?:^|\W)(?:by|(?:speaking|writing|opinion|wrote|delivered|announced) for)$", Options);

    /// <summary>What follows "the Court" of another case: "the Court in Smith", "the Court today decides in Jones",
    /// "the Court now relies in X" (not "the Court in this case", "the Court holds in part").</summary>
    public static Regex CourtInOtherCase { get; } = new(
        @"^\s*(?:'s?\s+)?(?:(?:today|now|also|there|then)\s+)?(?:\w+s\s+|opinion\s+)?in\s+(?![a-z]*ing\b)(?!this\b|the\b|these\b|that\b|its\b|part\b|today\b|my\b|our\b|short\b|sum\b|effect\b|essence\b|light\b|addition\b|any\b|some\b|so\b|doing\b|order\b|response\b|reaching\b|holding\b|concluding\b|deciding\b|reality\b|fact\b|a\b|an\b|one\b|two\b|three\b|four\b|several\b|many\b|both\b|each\b|every\b|all\b|no\b|most\b|such\b|large\b|significant\b|important\b|major\b)[a-z]", Options);

    /// <summary>The Court's words reported with a neutral verb ("the Court also says that", "it correctly recognizes
    /// that"): what follows the verb is the Court's, not the writer's stance, even where normalized text has
    /// dropped the quotation marks.</summary>
    public static Regex ReportedByCourt { get; } = new(
        @"\b(?:the (?:court|majority|plurality)|it) (?:(?:\w+ly|also|then|further|again) )?(?:says|states|recognizes|notes|explains|observes|quotes|writes|acknowledges|concedes|tells us|reasons)\b", Options);

    /// <summary>Words one of which every match of <see cref="ReportedByCourt"/> holds.</summary>
    public static CueGate ReportedByCourtGate { get; } = new(
        "says", "states", "recognizes", "notes", "explains", "observes", "quotes", "writes", "acknowledges", "concedes", "tells us", "reasons");

    /// <summary>A sentence opening on another case: "In Smith and in Jones, the Court, in condemning ..." (normalized
    /// text has lost the "v." that marks a case name).</summary>
    public static Regex CaseIntroduction { get; } = new(
        @"^(?:in|under)\s+(?!this\b|the\b|our\b|my\b|its\b|short\b|sum\b|any\b|such\b|that\b|these\b|addition\b|light\b|part\b|other\b|contrast\b|fact\b|response\b|doing\b|so\b|each\b|both\b|particular\b|general\b|my\b|today\b|[a-z]*ing\b)[a-z](?:[^,]{0,120},\s*){1,3}$", Options);

    /// <summary>A bare report of the judgment closing a sentence ("This Court today affirms."): narration, neither
    /// support nor attack.</summary>
    public static Regex BareJudgment { get; } = new(
        @"(?:^|[.,;:])\s*(?:this|the) (?:court|majority) (?:today |now )?(?:affirms|reverses|vacates|remands|dismisses)\b[^.,;]{0,40}[.;]?\s*$", Options);

    /// <summary>"the Court", "the majority", "the plurality", "the prevailing opinion" (of a decision with no opinion of
    /// the Court), not "the court of appeals" or "the court below".</summary>
    public static Regex Majority { get; } = new(@"\b(?<article>the|today's|this) (?<word>court|majority|plurality|prevailing opinion)\b(?!\s*(?:of\b|below\b|'s? below\b))", Options);

    /// <summary>"This Court" is today's Court only when the sentence says so: "Today this Court holds", "this Court
    /// now decides"; otherwise it is the Court across its cases ("This Court has long held").</summary>
    public static Regex TodayOrNow { get; } = new(@"\b(?:today|now)\b", Options);

    /// <summary>A lower court just named: in normalized text the "the court" that follows may be that court.</summary>
    public static Regex LowerCourt { get; } = new(@"\b(?:courts? of appeals?|district court|trial court|state court|lower courts?|court below|circuit|the judge)\b", Options);

    /// <summary>A separate opinion of another court or case: a lower court's ("One member of the panel filed a
    /// dissent", "the dissenting judge") or one told with an indefinite article ("JUSTICE X, in a concurring opinion,
    /// made these observations"): this decision's opinions are "his dissent", "the dissent", "post".</summary>
    public static Regex OtherSeparateOpinion { get; } = new(
        @"\b(?:member of the panel|dissenting judge|(?<!has )(?<!have )filed an? (?:dissent|dissenting opinion|separate opinion|concurrence|concurring opinion)|in an? (?:concurring|dissenting|separate) opinion)\b", Options);

    /// <summary>Words one of which every match of <see cref="OtherSeparateOpinion"/> holds.</summary>
    public static CueGate OtherSeparateOpinionGate { get; } = new(
        "member of the panel", "dissenting judge", "filed a", "concurring opinion", "dissenting opinion", "separate opinion");

    /// <summary>A separate opinion's own agreement or disagreement ("I agree that", "I cannot agree", "I disagree"):
    /// with no other opinion named, it answers the Court.</summary>
    public static Regex FirstPersonStance { get; } = new(
        @"\bi (?:\w+ )?(?:agree|disagree|(?:can ?not|could not|do not) (?:agree|accept|join))\b", Options);

    /// <summary>Agreement with the opinion referred to.</summary>
    public static IReadOnlyList<Regex> Supports { get; } =
    [
        new(@"\b(?:i|we) (?:\w+ )?(?<!not )agree\b", Options),
        new(@"\b(?:rightly|correctly|properly|persuasively|aptly)\b", Options),
        new(@"\bas the (?:court|majority|plurality|dissent|concurrence) (?:\w+ )?(?:explains|notes|points out|observes|recognizes|holds|demonstrates|shows)\b", Options),
        new(@"\b(?:points out|i join|we join|i concur|well taken|is right|is correct)\b", Options),
        // "I otherwise join", "I fully join", "for the reasons stated in Parts (2) and (3) of the Court's opinion"
        new(@"\b(?:i|we) (?!do\b|not\b|cannot\b|can\b|could\b|would\b)\w+ join\b|\bfor the reasons? (?:stated|given|set (?:out|forth)|expressed|explained) (?:in|by)\b", Options),
        // agreement with named justices ("I think THE CHIEF JUSTICE and JUSTICE X are correct that"), reasons
        // adopted ("for these reasons, as well as those given by THE CHIEF JUSTICE, I dissent")
        new(@"\b(?:are|were|was) (?:quite |entirely |surely )?(?:right|correct) (?:that|to|in)\b|\bas well as (?:those|the reasons) (?:given|stated|expressed|set out) by\b", Options),
    ];

    /// <summary>The gate of each support cue (same order); none where the regex finds its opening words faster.</summary>
    public static IReadOnlyList<CueGate?> SupportGates { get; } =
    [
        new("agree"),
        new("rightly", "correctly", "properly", "persuasively", "aptly"),
        null,
        null,
        new("join", "for the reason"),
        new("right", "correct", "as well as"),
    ];

    /// <summary>The writer's voice in an argument: "I", "my", "we", "our" (the Court's precedents as the writer's own).</summary>
    public static Regex ArguingVoice { get; } = new(@"\b(?:i|my|we|our|us)\b", Options);

    /// <summary>Concessions that agree in form only: "Although I agree with much of", "I do not question".</summary>
    public static Regex Concession { get; } = new(@"\b(?:although|while|though) (?:i|we) (?:\w+ )?agree\b|\bi do not question\b", Options);

    /// <summary>Words one of which every match of <see cref="Concession"/> holds.</summary>
    public static CueGate ConcessionGate { get; } = new("agree", "do not question");

    /// <summary>Disagreement with the opinion referred to.</summary>
    public static IReadOnlyList<Regex> Attacks { get; } =
    [
        new(@"\b(?:disagree\w*|(?:can ?not|could not|do not|does not) (?:agree|accept|join))\b", Options),
        new(@"\b(?:errs|erred|error|erroneous\w*|astray|mistaken|mistake|misleading|unpersuasive|inconsistent|puzzling|wrong|incorrect|inadequate|flawed|troubling|unprecedented|undaunted|nonsensical|unsupported|unavailing|misplaced|misguided)\b", Options),
        new(@"\b(?:hypothesiz\w*|theoriz\w*|contradict\w*|dismiss\w*|misread\w*|misunderst\w*|misconstru\w*|mischaracteriz\w*|overlook\w*|ignor(?:es|ed|ing))\b", Options),
        new(@"\b(?:(?:does|do|did) not (?:dictate|compel|mandate)|difficult to understand|without citation|proves (?:far )?too much|no justification|makes much of|hints|far removed|far afield|not remotely|does not control|to the contrary|no support|not persuaded|reads? \w+ out of|contra|respectfully dissent|fails? to)\b", Options),
    ];

    /// <summary>The gate of each attack cue (same order).</summary>
    public static IReadOnlyList<CueGate?> AttackGates { get; } =
    [
        new("agree", "accept", "join"),
        new("err", "astray", "mistake", "misleading", "unpersuasive", "inconsistent", "puzzling", "wrong", "incorrect", "inadequate",
            "flawed", "troubling", "unprecedented", "undaunted", "nonsensical", "unsupported", "unavailing", "misplaced", "misguided"),
        new("hypothesiz", "theoriz", "contradict", "dismiss", "misread", "misunderst", "misconstru", "mischaracteriz", "overlook", "ignor"),
        new("dictate", "compel", "mandate", "difficult to understand", "without citation", "too much", "no justification", "makes much of",
            "hints", "far removed", "far afield", "not remotely", "not control", "contra", "no support", "not persuaded", "out of",
            "respectfully dissent", "fail"),
    ];

    /// <summary>The judgment of the opinion referred to: "the Court remands for trial", "today's judgment".</summary>
    public static Regex JudgmentReference { get; } = new(
        @"\b(?:the (?:court|majority|plurality) (?:\w+ ){0,2}(?:remands|reverses|affirms|vacates)\b|(?:today'?s?|the court'?s?|the majority'?s?) (?:judgment|disposition)\b)", Options);

    /// <summary>A reference to the holding of the opinion referred to: "the Court's holding that", "the majority holds".</summary>
    public static Regex HoldingReference { get; } = new(
        @"\b(?:court|majority|plurality)(?:'s|s)? (?:\w+ )?(?:holding|holds|held today)\b", Options);

    /// <summary>A claim cue that announces a holding: "we hold", "we therefore hold".</summary>
    public static Regex HoldingCue { get; } = new(@"^we (?:\w+ )?hold\b", Options);

    /// <summary>Joining a whole separate opinion: "I join JUSTICE X's dissent", "I join the dissenting opinion".</summary>
    public static Regex JoinsOpinion { get; } = new(
        @"\b(?:i|we) (?:\w+ )?join (?:in )?(?:justice [a-z']+?(?:'s|s)?|the|his|her) (?:\w+ )?(?:opinion|dissent|concurrence)\b", Options);

    /// <summary>A claim cue by which a separate opinion states its own conclusion: "I conclude", "I would hold".</summary>
    public static Regex OwnConclusion { get; } = new(@"^i (?:\w+ )?(?:conclude|would hold)$", Options);

    /// <summary>A sentence turning from what the one before granted: "But", "However,", "Yet", "Nevertheless".</summary>
    public static Regex Turn { get; } = new(@"^\W*(?:but|however|yet|nevertheless|nonetheless|still,|that said)\b", Options);

    /// <summary>A claim cue that only states the question ("the question presented is").</summary>
    public static Regex QuestionStatement { get; } = new(@"^the (?:question|issue|inquiry)\b", Options);

    /// <summary>"I would reverse", "I would affirm in part".</summary>
    public static Regex WouldDispose { get; } = new(@"\b(?:i|we) would (?:therefore |thus |instead |accordingly )?(?:reverse|affirm|vacate|remand|dismiss)", Options);

    /// <summary>"The judgment ... is reversed", "must therefore be reversed", "the motion ... is therefore denied", "we
    /// reverse", a closing "Affirmed.", "Judgment reversed and cause remanded.", "Writ dismissed for want of
    /// jurisdiction.", "Prohibition denied." or "Denied."</summary>
    public static Regex CourtDisposes { get; } = new(
        @"\b(?:(?:is|are|be),? (?:(?:hereby|therefore|accordingly),? )?(?:reversed|affirmed|vacated|remanded|dismissed)\b|\b(?:motions?|petitions?|applications?|writ|relief|rule|leave|prayer)\b[^.;]{0,120}?\b(?:is|are),? (?:(?:hereby|therefore|accordingly),? )?denied\b|\band the (?:motions?|petitions?|applications?|writ|relief|prayer)\b[^.;]{0,80}? denied\s*[.;]?\s*$|we (?:therefore |accordingly |thus )?(?:grant [^.;,]{0,60}, (?:and )?)?(?:reverse|affirm|vacate|dismiss)\b(?!d)|motions? to dismiss\b[^.;]{0,60}\b(?:is|are) granted\b)"
        + @"|^\s*(?:(?:the )?(?:judgments?|decrees?|orders?|writs?(?: of (?:certiorari|error|habeas corpus))?|appeals?|petitions?|prohibition|mandamus|motions?|applications?|relief|rules?|leave) )?(?:reversed|affirmed|vacated|dismissed|denied)\b[^.]{0,60}\.?\s*$", Options);

    /// <summary>A disposition closing a reporter's line after the citation of the judgment below: "142 Ariz. 446,
    /// 690 P.2d 747, vacated and remanded.", "Reversed in part, affirmed in part, and remanded."</summary>
    public static Regex ReportedDisposition { get; } = new(
        @"(?:^|[,;]\s*)(?:reversed|affirmed|vacated|dismissed)(?: in part)?(?:,? (?:and )?(?:reversed|affirmed|vacated|remanded|dismissed)(?: in part)?){0,3}\.?\s*$", Options);

    /// <summary>A separate opinion telling the Court's judgment in the present: "the Court then remands the case",
    /// "today the Court reverses".</summary>
    public static Regex CourtJudgment { get; } = new(
        @"\b(?:the|today's) (?:court|majority|plurality) (?:today |now |then |therefore |nevertheless )?(?:reverses|affirms|vacates|remands)\b(?:[^.;]{0,40}?\b(?:and|,) (?:reverses|affirms|vacates|remands)\b)?", Options);

    /// <summary>A disposition verb in the present: "reverses", "remands".</summary>
    public static Regex PresentDisposition { get; } = new(@"\b(?<stem>revers|affirm|vacat|remand)e?s\b", Options);

    /// <summary>One verb of a disposition with an optional "in part".</summary>
    public static Regex DispositionVerb { get; } = new(@"\b(?<verb>revers|affirm|vacat|remand|dismiss|deni)(?:e|ed|ing|d)?\b(?<part>\s+in\s+part)?", Options);

    /// <summary>"I concur in the judgment", "I concur in part and dissent in part", "I concur", "I dissent".</summary>
    public static IReadOnlyList<(Regex Pattern, string Disposition)> SeparateDispositions { get; } =
    [
        (new(@"\bi (?:\w+ )?concur in part and dissent in part\b", Options), "concur in part and dissent in part"),
        (new(@"\bi (?:therefore |respectfully |accordingly |thus |only )?concur (?:only )?in the judgment\b", Options), "concur in the judgment"),
        (new(@"\bi (?:therefore |respectfully |accordingly |thus |fully )?(?:concur|join the (?:court|opinion|majority)|join its opinion)\b", Options), "concur"),
        (new(@"\bi (?:therefore |respectfully |accordingly |thus |must )?dissent\b", Options), "dissent"),
    ];

    /// <summary>A sentence that only gives authority: "See ante, at 5.", "Terry, supra, at 21.", "App. 12."</summary>
    public static Regex CitationSentence { get; } = new(
        @"^(?:see\b|cf\.|accord\b|quoting\b|compare\b|but see\b|e\.\s*g\.|ante\b|post\b|id\.|ibid|at\b|app\.|brief\b|record\b|\d+ u\.\s*s\.)", Options);

    /// <summary>Words that open a sentence but are not part of the claim: "Moreover,", "In addition,".</summary>
    public static Regex LeadingMarker { get; } = new(
        @"^(?:\[\s*footnote\s+[^\]]{0,8}\]\s*)?(?:(?:but|and|so|thus|therefore|moreover|indeed|however|finally|first|second|third|fourth|next|again|rather|instead|still more fundamentally|on top of all this|given the foregoing|in short|in sum|accordingly|for these reasons|for all these reasons|in addition|in my view|in our view|of course|to be sure|notably|nonetheless)\b\s*,?\s*)+", Options);

    /// <summary>An opinion's header line: "JUSTICE BLACK, concurring.", "opinion of harlan,".</summary>
    public static Regex Header { get; } = new(
        @"^(?:(?:mr\. )?(?:chief )?justice \w+[^.]{0,160}?\b(?:concurring|dissenting|delivered|announced)|opinion of|per curiam|\w+\s*,\s*(?:c\.\s*)?(?:j\.\s*,\s*)?(?:concurring|dissenting|delivered))", Options);
}
