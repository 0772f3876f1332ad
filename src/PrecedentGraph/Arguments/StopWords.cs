namespace PrecedentGraph.Arguments;

/// <summary>Function words and the procedural vocabulary every opinion shares; they say nothing about what
/// an argument is about. (Data table.)</summary>
internal static class StopWords
{
    public static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "alone", "along", "already",
        "also", "although", "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are",
        "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "cannot", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else", "even",
        "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
        "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "indeed", "into", "is", "it",
        "its", "itself", "just", "least", "less", "let", "like", "likewise", "many", "may", "me", "might", "more",
        "moreover", "most", "much", "must", "my", "neither", "never", "no", "nor", "not", "nothing", "now", "of",
        "off", "often", "on", "once", "one", "only", "or", "other", "others", "otherwise", "our", "ours", "out",
        "over", "own", "per", "perhaps", "rather", "same", "several", "shall", "she", "should", "simply", "since",
        "so", "some", "still", "such", "than", "that", "the", "their", "them", "themselves", "then", "there",
        "thereby", "therefore", "these", "they", "this", "those", "though", "through", "thus", "to", "too", "two",
        "under", "unless", "until", "up", "upon", "us", "very", "was", "we", "were", "what", "whatever", "when",
        "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
        "would", "yet", "you", "your", "first", "second", "third", "finally", "again", "made", "make", "makes",
        "way", "well", "whole", "fact", "case", "cases", "court", "courts", "opinion", "justice", "ante", "post",
        "supra", "infra", "ibid", "see", "cf", "app", "pet", "cert", "quoting", "omitted", "internal", "quotation",
        "marks", "citation", "emphasis", "added", "deleted", "brief", "slip", "op", "note", "majority", "dissent",
        "dissenting", "concurring", "concurrence", "part", "view", "today", "question", "said", "says", "say",
        "held", "hold", "holds", "holding", "conclude", "concludes", "concluded", "agree", "disagree", "errs",
        "united", "states", "ann", "code", "supp", "cum", "rev", "stat", "rule", "amdt", "etc", "et", "al",
        // the verbs of arguing and the standards of review: they say how a claim is made, not what it is about
        "believe", "believed", "believing", "thought", "think", "thinks", "find", "finds", "suggest", "suggests",
        "suggested", "contend", "contends", "argue", "argues", "argued", "argument", "assert", "asserts", "concluding",
        "conclusion", "determination", "reasoning", "analysis", "explain", "explains", "explained", "note", "notes",
        "noted", "recognize", "recognizes", "recognized", "acknowledge", "acknowledges", "hint", "hints", "theorize",
        "theorizes", "hypothesize", "hypothesizes", "propose", "proposes", "error", "err", "erred", "correct",
        "correctly", "wrong", "reasonable", "reasonably", "unreasonable", "unreasonably", "competent", "incompetent",
        "objective", "objectively", "clearly", "plainly", "certainly", "surely", "entirely", "simply", "merely",
        "particular", "given", "respect", "regard", "light", "basis", "reason", "reasons",
    };
}
