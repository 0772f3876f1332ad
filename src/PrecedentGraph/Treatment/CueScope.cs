namespace PrecedentGraph.Treatment;

/// <summary>Where a cue must stand, relative to the citation, to decide its treatment.</summary>
public enum CueScope
{
    /// <summary>An introductory signal at the head of the citation clause ("See, e.g.,", "but see", "cf.").
    /// In a string citation it carries over to every citation up to the next signal.</summary>
    Signal,

    /// <summary>Right before the citation, at most a few words away ("as we held in X", "unlike X").</summary>
    Before,

    /// <summary>Earlier in the citation's clause, with no punctuation between, at most
    /// <c>ClauseReach</c> words away ("unlike that of the plaintiff in X").</summary>
    Clause,

    /// <summary>Right after the citation, at most a few words away ("X is distinguishable", "X does not control").</summary>
    After,

    /// <summary>At the head of the sentence, with the citation a few words after it ("Unlike the statute
    /// we addressed in X, ...").</summary>
    Lead,

    /// <summary>Anywhere in the citation's sentence.</summary>
    Sentence,

    /// <summary>Anywhere before the citation in its sentence ("I can no longer follow the 'retroactivity' doctrine announced
    /// in X"): a case cited before the cue is not what it speaks of.</summary>
    SentenceBefore,

    /// <summary>At the head of the next sentence, which turns on the case just cited ("Here, in contrast, ...").</summary>
    NextSentence,
}
