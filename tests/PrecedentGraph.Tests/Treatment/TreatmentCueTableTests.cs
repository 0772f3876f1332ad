using PrecedentGraph.Graph;
using PrecedentGraph.Treatment;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

/// <summary>Rows of <see cref="TreatmentCueTable"/> for setting cases apart across sentences and clauses (concessions,
/// "Neither X nor Y", a dissent on the Court's authorities, carve-outs, "In this case the question is"), and the
/// limits of the own-dissent and actor rules: one row per cue and text form (raw, then the same sentences through
/// normalize.py).</summary>
public sealed class TreatmentCueTableTests
{
    [Theory]
    [InlineData("Whatever validity that notion may have when applied to words on a jacket, see Smith v. Jones, 123 U.S. 456, 460 (1990), it distorts reality to apply it to a screen.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "distinguishes", "whatever validity")]
    [InlineData("whatever validity that notion may have when applied to words on a jacket,see smith jones,it distorts reality to apply it to a screen.", "smith jones", "dissent", "distinguishes", "whatever validity")]
    [InlineData("Other cases relied upon by the Court turned upon the crucial question: whether there is an appropriate interest. Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent", "distinguishes", "sentence before: cases relied upon by the court")]
    [InlineData("other cases relied upon by the court turned upon the crucial question.whether there is an appropriate interest.smith jones,", "smith jones", "dissent", "distinguishes", "sentence before: cases relied upon by the court")]
    [InlineData("Other cases relied upon by the Court turned upon that question. Whether there is an appropriate interest is not before us. Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent", "relies-on", "plain citation")]
    [InlineData("Neither Smith v. Jones, 123 U.S. 456, 460 (1990), nor the later cases support the Court's conclusion.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "distinguishes", "neither")]
    [InlineData("neither smith jones,nor the later cases support the court conclusion.", "smith jones", "dissent", "distinguishes", "neither")]
    [InlineData("In neither of the examples cited by the majority would the test change the result. In Smith v. Jones, 123 U.S. 456, 460 (1990), we found no immunity.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "distinguishes", "sentence before: in neither of")]
    [InlineData("in neither of the examples cited by the majority would the test change the result.in smith jones,we found no immunity.", "smith jones", "dissent", "distinguishes", "sentence before: in neither of")]
    [InlineData("We do not disturb the theory of cases in which officers extorted payment. See, e. g., Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "sentence before: we do not disturb")]
    [InlineData("we do not disturb the theory of cases in which officers extorted payment.see,smith jones,", "smith jones", "majority", "distinguishes", "sentence before: we do not disturb")]
    [InlineData("Other cases relied upon by the Court were decided upon equal protection grounds. Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "distinguishes", "sentence before: cases relied upon by the court")]
    [InlineData("other cases relied upon by the court were decided upon equal protection grounds.smith jones,", "smith jones", "dissent", "distinguishes", "sentence before: cases relied upon by the court")]
    [InlineData("Finally, yet other of the cases cited by the Court were decided on vagueness grounds. E. g., Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "distinguishes", "sentence before: cases cited by the court")]
    [InlineData("finally,yet other of the cases cited by the court were decided on vagueness grounds.smith jones,", "smith jones", "dissent", "distinguishes", "sentence before: cases cited by the court")]
    [InlineData("In Smith v. Jones, 123 U.S. 456, 460 (1990), the question was whether state action was present. In this case the question is whether the defender acted under color of law.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "next sentence: in this case the question")]
    [InlineData("in smith jones,the question was whether state action was present.in this case the question is whether the defender acted under color of law.", "smith jones", "majority", "distinguishes", "next sentence: in this case the question")]
    [InlineData("The choice is unwelcome. Cf. Smith v. Jones, 123 U.S. 456, 460 (1990) (STEVENS, J., dissenting).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "cf")]
    [InlineData("the choice is unwelcome.smith jones,stevens,dissenting.", "smith jones", "majority", "relies-on", "plain citation")]
    [InlineData("The officers are immune. Id., at 341 (STEVENS, J., dissenting).", "Id., at 341", "majority", "relies-on", "plain citation")]
    [InlineData("the officers are immune.at stevens,dissenting.", "at", "majority", "relies-on", "plain citation")]
    [InlineData("The officers are immune. See Smith v. Jones, 123 U.S. 456, 460 (1990) (STEVENS, J., dissenting).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "relies-on", "see")]
    [InlineData("the officers are immune.see smith jones,stevens,dissenting.", "smith jones", "dissent", "relies-on", "see")]
    [InlineData("Although respondent did not point to any policy, his pleading suffices under Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "plain citation")]
    [InlineData("although respondent did not point to any policy,his pleading suffices under smith jones,", "smith jones", "majority", "relies-on", "plain citation")]
    [InlineData("None of the cases upon which the Court relies implies that. Many cases upheld such rules. E. g., Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "relies-on", "e g")]
    [InlineData("none of the cases upon which the court relies implies that.many cases upheld such rules.smith jones,", "smith jones", "dissent", "relies-on", "plain citation")]
    [InlineData("We do not disturb the theory of cases brought under color of . . . law . . . . See, e. g., Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "sentence before: we do not disturb")]
    [InlineData("we do not disturb the theory of cases brought under color of.law.see,smith jones,", "smith jones", "majority", "distinguishes", "sentence before: we do not disturb")]
    [InlineData("In neither of the examples cited by the majority would the test change the result. In Doe v. Roe, 1 U.S. 2 (1980), we found no immunity; in Smith v. Jones, 123 U.S. 456, 460 (1990), it is unlikely that the requirement would be met.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "distinguishes", "sentence before: in neither of")]
    [InlineData("in neither of the examples cited by the majority would the test change the result.in doe roe,we found no immunity in smith jones,it is unlikely that the requirement would be met.", "smith jones", "dissent", "distinguishes", "sentence before: in neither of")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), cited by the Court, ante, at 325, does not support such line-drawing.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "distinguishes", "does not support")]
    [InlineData("smith jones,cited by the court,ante,at,does not support such", "smith jones", "dissent", "distinguishes", "does not support")]
    [InlineData("many cases upheld such rules.smith jones,other cases relied upon by the court were decided upon equal protection grounds.", "smith jones", "dissent", "relies-on", "plain citation")]
    [InlineData("Nudity is protected. See Smith v. Jones, 123 U.S. 456, 460 (1990). In this respect such nudity is distinguishable from public nudity.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "see")]
    [InlineData("nudity is protected.see smith jones,in this respect such nudity is distinguishable from public nudity.", "smith jones", "majority", "relies-on", "see")]
    [InlineData("The District Court of Appeal, First District of Florida, affirmed, 288 So.2d 260 (1974), relying exclusively on Smith v. Jones, 123 U.S. 456, 460 (1990), which had sustained a similar ordinance.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "explains", "reports another's reliance: the district court relying")]
    [InlineData("The Court of Appeals, sitting en banc, affirmed, relying heavily on Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "explains", "reports another's reliance: the court of appeals relying")]
    [InlineData("the court of appeals,sitting en banc,affirmed,relying heavily on smith jones,", "smith jones", "majority", "explains", "reports another's reliance: the court of appeals relying")]
    [InlineData("We affirmed, relying on Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "relying on")]
    [InlineData("we affirmed,relying on smith jones,", "smith jones", "majority", "relies-on", "relying on")]
    [InlineData("I accept these consequences because I am skeptical about the Smith v. Jones, 123 U.S. 456, 460 (1990), exemption in the first place.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "concurrence", "criticizes", "skeptical about")]
    [InlineData("i accept these consequences because i am skeptical about the smith jones,exemption in the first place.", "smith jones", "concurrence", "criticizes", "skeptical about")]
    [InlineData("But Smith v. Jones, 123 U.S. 456 (1990), did not decide whether the decree bound the State.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "limits", "did not decide")]
    [InlineData("but smith jones,did not decide whether the decree bound the state.", "smith jones", "majority", "limits", "did not decide")]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), did not purport to validate every funding variation.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "limits", "did not purport to")]
    [InlineData("smith jones,did not purport to validate every funding variation.", "smith jones", "majority", "limits", "did not purport to")]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), says nothing about the timing of the notice.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "limits", "says nothing about")]
    [InlineData("smith jones,says nothing about the timing of the notice.", "smith jones", "majority", "limits", "says nothing about")]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), has nothing to do with the question before us.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "distinguishes", "has nothing to do with")]
    [InlineData("smith jones,has nothing to do with the question before us.", "smith jones", "majority", "distinguishes", "has nothing to do with")]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), is a far cry from this case.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "distinguishes", "is a far cry from")]
    [InlineData("smith jones,is a far cry from this case.", "smith jones", "majority", "distinguishes", "is a far cry from")]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), bears little resemblance to the statute here.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "distinguishes", "bears little resemblance to")]
    [InlineData("smith jones,bears little resemblance to the statute here.", "smith jones", "majority", "distinguishes", "bears little resemblance to")]
    [InlineData("The Court of Appeals did not address Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "relies-on", "plain citation")]
    [InlineData("the court of appeals did not address smith jones,", "smith jones", "majority", "relies-on", "plain citation")]
    public void Classify_SettingApartOrDrawingOnACase_GivesRelationAndCue(string text, string mention, string kind, string relation, string cue)
    {
        var treatment = ClassifyOne(text, mention, kind);
        Assert.Equal(relation, Relations.Name(treatment.Relation));
        Assert.Equal(cue, treatment.Cue);
    }

    /// <summary>A lead-in's label reaches past a bare citation sentence to the citation sentence after it.</summary>
    [Theory]
    [InlineData("Other cases relied upon by the Court were decided upon equal protection grounds. Smith v. Jones, 123 U.S. 456, 460 (1990). See also Doe v. Roe, 1 U.S. 2 (1980).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "Doe v. Roe, 1 U.S. 2 (1980)", "distinguishes", "citation sentence after a lead-in: sentence before: cases relied upon by the court")]
    [InlineData("Other cases relied upon by the Court were decided upon equal protection grounds. Smith v. Jones, 123 U.S. 456, 460 (1990). Such a standard requires review. See also Doe v. Roe, 1 U.S. 2 (1980).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "Doe v. Roe, 1 U.S. 2 (1980)", "relies-on", "see also")]
    [InlineData("Other cases relied upon by the Court were decided upon equal protection grounds. Smith v. Jones, 123 U.S. 456, 460 (1990). Doe v. Roe, 1 U.S. 2 (1980), held that the standard requires review.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "Doe v. Roe, 1 U.S. 2 (1980)", "relies-on", "plain citation")]
    public void Classify_CitationSentenceAfterALeadIn_TakesItsLabel(string text, string first, string second, string relation, string cue)
    {
        var result = new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, "dissent"),
            ResolutionOfCases((Last(text, first), "smith-v-jones"), (Last(text, second), "doe-v-roe")));

        Assert.Equal(2, result.Citations.Count);
        Assert.Equal("distinguishes", Relations.Name(result.Citations[0].Relation));
        Assert.Equal(relation, Relations.Name(result.Citations[1].Relation));
        Assert.Equal(cue, result.Citations[1].Cue);
    }
}
