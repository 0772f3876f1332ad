using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Finds the paragraphs of a dissent that argue on against the Court without naming it, once the dissent
/// has named it ("The Court holds ... I disagree." and then "In the present case ...").</summary>
/// <param name="form">The text's form: in the normalized form, which drops quotation marks, a passage the dissent
/// quotes ("principle that ... the accused is guaranteed that he need not stand alone") can not be told from its
/// own words, so the third-person test is left to raw text.</param>
internal sealed class ContinuedArgumentFinder(SentenceCache sentenceMap, InputForm form = InputForm.Raw)
{
    /// <summary>An opinion's heading line, however long its list of joiners: "MR. JUSTICE X, with whom MR. JUSTICE Y
    /// as to Parts I and II joins, dissenting."</summary>
    private static readonly Regex OpinionHeading = new(@"^(?:mr\.\s*)?(?:chief\s+)?justice\b.{0,300}?(?:dissenting|concurring)(?:\s+in\s+(?:part|the\s+judgment)[^.]{0,80})?\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <summary>The words of an argument made in the third person ("the prohibition on bulk mailing must fall with
    /// it", "One can scarcely imagine", "Moreover, neutral regulations ...", "is impossible to draw"): what ought to be,
    /// a weighing adverb, a connective that carries an argument on. A recital of the facts or of the record has
    /// none of them.</summary>
    private static readonly Regex ThirdPersonArgument = new(
        @"\b(?:should|must|cannot|can\s+not|need\s+not|ought|simply|obviously|plainly|clearly|surely|scarcely|hardly|rarely|impossible|perverse|dubious|untenable|unpersuasive)\b"
        + @"|(?:^|[.;:]\s+)(?:moreover|indeed|in\s+short|in\s+sum|thus|therefore|hence|yet|nor|perhaps|surely|certainly|nevertheless|nonetheless|in\s+any\s+event)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The paragraphs that answer the lead opinion, named or continued (see <see cref="Answers"/>).</summary>
    private readonly HashSet<int> answering = [];

    /// <summary>Records that a paragraph answers the lead opinion: the paragraph after it may carry its argument on
    /// in the third person.</summary>
    public void Answers(int paragraph)
    {
        if (form == InputForm.Raw)
        {
            answering.Add(paragraph);
        }
    }

    /// <summary>The fewest words of a dissent's paragraph that argues on without naming the Court.</summary>
    private const int ArguingWords = 25;

    /// <summary>Once a dissent has named the Court, it argues against it throughout: a later paragraph of its text
    /// that names no opinion still answers the Court ("I would apply the rationale of these cases ...", "In the
    /// present case ..."), unless it is a passage it quotes (opening on a quotation mark, or after a line ending in a
    /// colon), speaks of another case's Court or justices, or only tells the facts (no disputing sentence, no
    /// first person, no claim cue; right after a paragraph answering the Court, a word of argument in the third
    /// person will do: "must", "simply", "Moreover"). Gives the sentence to take as its claim: the first disputing one, else the
    /// first that is not a bare citation.</summary>
    public TextSpan? Find(Opinion source, Paragraph paragraph, IReadOnlyList<TextSpan> sentences)
    {
        if (source.Kind != OpinionKind.Dissent || paragraph.IsFootnote || sentences.Count == 0)
        {
            return null;
        }
        var text = sentenceMap.Chars(paragraph.Span).Trim();
        if (OpinionReferenceFinder.WordCount(text, ArguingWords) < ArguingWords || text[0] is '"' or '\u201C' or '\'' or '`' || ArgumentCues.Header.IsMatch(text)
            || OpinionHeading.IsMatch(text))
        {
            return null;
        }
        var at = -1;
        for (var i = 0; i < source.Paragraphs.Count; i++)
        {
            if (source.Paragraphs[i].Index == paragraph.Index)
            {
                at = i;
                break;
            }
        }
        if (at > 0 && sentenceMap.Chars(source.Paragraphs[at - 1].Span).TrimEnd().EndsWith(":", StringComparison.Ordinal))
        {
            return null;
        }
        foreach (var sentence in sentences)
        {
            if (sentenceMap.PolarityOf(sentence).Score < 0)
            {
                return sentence;
            }
        }
        // a paragraph telling the facts argues nothing: the writer's voice or a claim cue shows argument
        // (the paragraph's characters are matched in place, not copied)
        if (!ArgumentCues.ArguingVoice.IsMatch(text) && !AnyClaim(text)
            && !(answering.Contains(Previous(source, paragraph)) && ThirdPersonArgument.IsMatch(text)))
        {
            return null;
        }
        foreach (var sentence in sentences)
        {
            if (!OpinionReferenceFinder.IsCitationOnly(sentenceMap.Text(sentence)) && OpinionReferenceFinder.WordCount(sentenceMap.Chars(sentence), 6) >= 6)
            {
                return sentence;
            }
        }
        return null;
    }

    private static bool AnyClaim(ReadOnlySpan<char> text)
    {
        foreach (var claim in ArgumentCues.Claims)
        {
            if (claim.IsMatch(text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The index of the paragraph before <paramref name="paragraph"/> in its opinion (-1 for the first).</summary>
    public static int Previous(Opinion opinion, Paragraph paragraph)
    {
        for (var i = 1; i < opinion.Paragraphs.Count; i++)
        {
            if (opinion.Paragraphs[i].Index == paragraph.Index)
            {
                return opinion.Paragraphs[i - 1].Index;
            }
        }
        return -1;
    }
}
