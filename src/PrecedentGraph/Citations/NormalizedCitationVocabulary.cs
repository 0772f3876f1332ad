namespace PrecedentGraph.Citations;

/// <summary>Word lists the normalized citation finder reads clauses with: what may follow a pin, the participles
/// of explanatory parentheticals, what a pin or parenthetical leaves before the next name, words that are never a
/// short form's name, determiners before an adjective "ex parte". General vocabulary only; no case names.</summary>
internal static class NormalizedCitationVocabulary
{
    /// <summary>Words that may follow "at" in a short form's parenthetical ("at emphasis added").</summary>
    public static readonly WordSet PinFollowers = new([
        "emphasis", "internal", "footnote", "footnotes", "citations", "citation", "quoting", "citing", "brackets",
        "alterations", "alteration", "opinion", "plurality", "concurring", "dissenting", "n", "nn", "and", "see",
        "cf", "original", "punctuation", "some", "ellipsis", "per",
    ]);

    /// <summary>Participles that open an explanatory parenthetical after a citation ("doe roe,holding that").</summary>
    public static readonly WordSet ParentheticalParticiples = new([
        "holding", "finding", "noting", "explaining", "stating", "concluding", "dismissing", "acknowledging", "rejecting",
        "recognizing", "reversing", "affirming", "upholding", "striking", "allowing", "requiring", "permitting",
        "invalidating", "sustaining", "declining", "refusing", "observing", "emphasizing", "approving", "construing",
        "interpreting", "characterizing", "overruling", "vacating", "remanding", "relying", "applying", "quoting", "citing",
        "disregarding", "discussing", "addressing", "describing", "treating", "adopting", "criticizing", "distinguishing",
        "questioning", "following", "extending", "limiting", "analyzing", "considering", "reaffirming", "deferring",
        "admitting", "excluding", "barring", "prohibiting", "suppressing", "enforcing", "imposing", "setting", "sanctioning",
        "deciding", "denying", "granting", "recognising", "rejecting", "reiterating", "suggesting", "indicating",
        "involving", "concerning", "regarding", "defining", "equating", "comparing", "validating", "presuming", "assuming",
    ]);

    /// <summary>",supra meyer nebraska": the semicolon between two cites is gone, "supra" of the one before is left; so is
    /// the "(same)" of a string cite.</summary>
    public static readonly WordSet LeadingRemnants = new(["at", "per", "curiam", "plurality", "opinion", "en", "banc", "n", "nn", "supra", "same"]);

    public static readonly WordSet NotShortNames = new([
        "see", "ante", "post", "infra", "supra", "id", "ibid", "n", "note", "part", "parts", "section", "opinion",
        "court", "dissent", "concurrence", "brief", "app", "record", "petition", "slip", "op", "treatise",
    ]);

    /// <summary>Words of a state's statute book after its abbreviation ("wyo.stat.ann.", "wash.rev.code", "n.c.gen.stat.",
    /// "mont.const."), each a clause of its own in normalized text.</summary>
    public static readonly WordSet StatuteBookWords = new(["stat", "stats", "code", "ann", "gen", "rev", "comp", "laws", "const", "cons", "civ", "crim", "proc"]);

    /// <summary>Words before an adjective "ex parte" ("an ex parte affidavit").</summary>
    public static readonly WordSet Determiners = new(["a", "an", "the", "this", "that", "its", "his", "her", "their", "such", "no", "any", "each", "every"]);
}
