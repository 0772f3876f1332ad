namespace PrecedentGraph.Treatment;

/// <summary>The rule table of <see cref="SetApartFinder"/>: sentences that cite no case but set the present case
/// apart from the cases cited just before them. Phrases are in the canonical word form of
/// <see cref="WordSequence"/> ("Court's" is "court", "isn't" is "isnt").</summary>
public static class SetApartCueTable
{
    /// <summary>Statements that the facts at bar are not those of the cases just cited ("This is clearly not the case
    /// with locked luggage.", "That is not the case here."): they decide on their own.</summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        "not the case here", "not the case with", "not the case in this", "clearly not the case", "is not so here",
        "not true here", "not true of this", "not true in this", "is not such a case", "is not that case",
        "are not present here", "is not present here", "is absent here", "are absent here", "no such concern here",
        "no such concerns here", "has no application to this case", "have no application to this case",
        "has no application here", "have no application here", "is not this case", "this case is different",
        "the present case is different", "this case is quite different", "the case at bar is different",
    ];

    /// <summary>Turns that set the case apart when the sentence opens with a contrasting word
    /// (<see cref="Openers"/>) and speaks of the cases' reasoning before them (<see cref="ReferenceWords"/>):
    /// "But this concern has no appropriate role in interpreting ...", "But that rationale does not apply to ...".</summary>
    public static IReadOnlyList<string> Turns { get; } =
    [
        "do not apply", "does not apply", "did not apply", "has no appropriate role", "has no role", "have no role",
        "has no place", "have no place", "has no application", "have no application", "has no bearing",
        "have no bearing", "is not applicable", "are not applicable", "is inapplicable", "are inapplicable",
        "is not implicated", "are not implicated", "carries little weight", "carry little weight", "has little force",
        "have little force", "is absent", "are absent", "is not present", "are not present", "can not be extended",
        "cannot be extended", "does not extend", "do not extend", "has no force", "have no force", "is not at stake",
        "are not at stake", "are not at issue", "is not at issue",
    ];

    /// <summary>Comparisons that set the present matter apart after a contrasting opener with no reference word
    /// needed ("But billing envelopes differ from broadcast frequencies in two ways.").</summary>
    public static IReadOnlyList<string> Contrasts { get; } =
    [
        "differ from", "differs from", "is different from", "are different from", "is quite different",
        "are quite different", "is distinguishable", "are distinguishable", "different in kind",
        "a different matter",
    ];

    /// <summary>Words opening a sentence that turns against what was just said.</summary>
    public static IReadOnlyList<string> Openers { get; } = ["but", "however", "yet"];

    /// <summary>Words that, right after the opener, make the sentence a condition, not a turn ("But when a situation is
    /// covered by a federal rule, the inquiry does not apply").</summary>
    public static IReadOnlyList<string> ConditionWords { get; } = ["when", "if", "where", "unless", "once", "because", "since"];

    /// <summary>Words that, among the first words after the opener, make the subject of a <see cref="Turns"/> phrase the
    /// cases' reasoning or the cases themselves ("But this concern ...", "But the rationale for ...").</summary>
    public static IReadOnlyList<string> ReferenceWords { get; } =
    [
        "this", "that", "these", "those", "such", "rationale", "rationales", "reasoning", "analysis", "holding",
        "holdings", "rule", "principle", "principles", "concern", "concerns", "considerations", "factors",
        "justification", "justifications", "logic", "premise", "test", "approach", "doctrine", "exception", "cases",
        "decisions", "precedents", "line",
    ];

    /// <summary>Subjects that, in the first words of a sentence with a <see cref="Turns"/> phrase, name the reasoning of
    /// a line of cases discussed over the paragraphs before ("The factors which diminish the privacy aspects of an
    /// automobile do not apply to respondents' footlocker."): the cases cited there on the same topic are set apart.</summary>
    public static IReadOnlyList<string> TopicSubjects { get; } =
    [
        "factors", "rationale", "rationales", "reasoning", "considerations", "concerns", "justifications",
        "justification", "analysis", "logic", "premises", "premise", "policies", "reasons",
    ];

    /// <summary>Words too common to tie a sentence to a topic.</summary>
    public static IReadOnlyList<string> TopicStopWords { get; } =
    [
        "which", "where", "there", "their", "these", "those", "would", "could", "should", "other", "under", "about",
        "because", "whether", "court", "courts", "cases", "state", "states", "federal", "government", "first",
        "amendment", "constitution", "constitutional", "present", "factors", "rationale", "reasoning", "considerations",
        "concerns", "justification", "justifications", "analysis", "reasons", "apply", "applies", "after", "before",
        "being", "every", "shall", "might", "against", "within", "without", "between", "through", "while",
    ];

    /// <summary>Verbs right after a case that opens its sentence and tell its facts ("X involved ...", "X concerned
    /// ..."): with the present case set against them there or in the next sentence, the case is set apart.</summary>
    public static IReadOnlyList<string> FactVerbs { get; } =
    [
        "involved", "concerned", "dealt with", "arose", "arose in", "was concerned with", "addressed", "turned on",
    ];

    /// <summary>Words naming the present case.</summary>
    public static IReadOnlyList<string> PresentCase { get; } =
    [
        "here", "this case", "the present case", "the instant case", "the case at bar", "the case before us",
        "the present cases", "these cases", "this litigation",
    ];

    /// <summary>Words that, a few words before the present case, set it against the facts told ("..., not, as here,
    /// ...", "... whereas petitioners in the instant case ...").</summary>
    public static IReadOnlyList<string> FactContrastWords { get; } =
    [
        "but", "whereas", "while", "not", "unlike", "contrast", "than", "no", "other", "different", "differs",
    ];

    /// <summary>Words that liken the present case to the facts told ("it closely resembles the present case", "apply
    /// with equal force in this case"): the case is not set apart.</summary>
    public static IReadOnlyList<string> LikenessWords { get; } =
    [
        "resembles", "resemble", "similar", "same", "equal", "equally", "likewise", "also", "less", "like", "too",
        "analogous", "indistinguishable", "controls", "governs",
    ];

    /// <summary>Phrases right before a case that liken the present case to it ("..., as was the case in X"): after a
    /// denial in the same sentence they set the case apart (<see cref="NegatedLikenessFinder"/>).</summary>
    public static IReadOnlyList<string> PastLikeness { get; } =
    [
        "as was the case in", "as was the case with", "as was true in", "as was true of", "as were the cases in",
    ];

    /// <summary>Words that deny what follows them in a sentence ("not", "no", "unconvinced that").</summary>
    public static IReadOnlyList<string> DenialWords { get; } =
    [
        "not", "no", "never", "nor", "neither", "cannot", "unconvinced", "isnt", "wasnt", "doesnt", "didnt", "arent",
        "werent", "hardly",
    ];

    /// <summary>Sentences that open by saying the present matter is otherwise than the one just told ("It is otherwise
    /// where the parties challenging the statute ..."): reliance that another court or party placed on the cases told
    /// there is answered (<see cref="SetApartFinder"/>).</summary>
    public static IReadOnlyList<string> Reversals { get; } =
    [
        "it is otherwise", "the case is otherwise", "the rule is otherwise", "the result is otherwise",
        "the situation is otherwise", "the situation is different", "the situation here is different",
        "the situation is quite different", "a different situation is presented", "a different case is presented",
        "a different question is presented", "the matter is otherwise", "the matter is different",
    ];

    /// <summary>Verdicts on someone's reliance on a case, after it in the sentence ("Appellant's reliance on X is
    /// misplaced"): the case is set apart (<see cref="MisplacedRelianceFinder"/>).</summary>
    public static IReadOnlyList<string> RelianceVerdicts { get; } =
    [
        "misplaced", "unavailing", "misguided", "unwarranted", "mistaken", "inapt", "unfounded", "erroneous",
    ];

    /// <summary>Statements that the present case is not of a kind ("This is not a case where the police were questioning a
    /// suspect ..."): the citation sentences right after them show cases of that kind, which are set apart
    /// (<see cref="NotACaseFinder"/>).</summary>
    public static IReadOnlyList<string> NotACase { get; } =
    [
        "is not a case where", "is not a case in which", "was not a case where", "was not a case in which",
        "is not a situation where", "is not a situation in which",
    ];

    /// <summary>Words that may open a citation sentence before its first citation ("See, e.g.,", "Cf.", "That was").</summary>
    public static IReadOnlyList<string> CitationSentenceOpeners { get; } =
    [
        "see", "also", "e", "g", "cf", "compare", "accord", "that", "was", "is",
    ];
}
