using PrecedentGraph.Graph;
using PrecedentGraph.Model;
using PrecedentGraph.Treatment;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class TreatmentClassifierTests
{
    /// <summary>One row per cue and text form (raw, then the same sentence through normalize.py).</summary>
    [Theory]
    [InlineData("Officers are immune. See Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "see")]
    [InlineData("officers are immune.see smith jones,", "smith jones", "majority", "relies-on", "see")]
    [InlineData("Officers are immune. See, e. g., Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "see e g")]
    [InlineData("officers are immune.see,smith jones,", "smith jones", "majority", "relies-on", "see")]
    [InlineData("Officers are immune. See also Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "see also")]
    [InlineData("officers are immune.see also smith jones,", "smith jones", "majority", "relies-on", "see also")]
    [InlineData("Officers are immune. Accord, Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "accord")]
    [InlineData("officers are immune.accord,smith jones,", "smith jones", "majority", "relies-on", "accord")]
    [InlineData("Officers are immune. Cf. Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "cf")]
    [InlineData("Officers are immune. But see Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "cites", "but see")]
    [InlineData("officers are immune.but see smith jones,", "smith jones", "majority", "cites", "but see")]
    [InlineData("Officers are immune. Contra, Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "criticizes", "contra")]
    [InlineData("officers are immune.contra,smith jones,", "smith jones", "majority", "criticizes", "contra")]
    [InlineData("See generally Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "cites", "see generally")]
    [InlineData("see generally smith jones,", "smith jones", "majority", "cites", "see generally")]
    [InlineData("Compare Smith v. Jones, 123 U.S. 456, 460 (1990), with Doe v. Roe, 789 U.S. 10 (1991).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "cites", "compare")]
    [InlineData("compare smith jones,with doe roe,", "smith jones", "majority", "cites", "compare")]
    [InlineData("Officers are immune. Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "plain citation")]
    [InlineData("officers are immune.smith jones,", "smith jones", "majority", "relies-on", "plain citation")]
    [InlineData("As we explained in Smith v. Jones, 123 U.S. 456, 460 (1990), officers must read the warrant.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "as we explained in")]
    [InlineData("as we explained in smith jones,officers must read the warrant.", "smith jones", "majority", "relies-on", "as we explained in")]
    [InlineData("As we held in Smith v. Jones, 123 U.S. 456, 460 (1990), the standard is objective.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "as we held in")]
    [InlineData("as we held in smith jones,the standard is objective.", "smith jones", "majority", "relies-on", "as we held in")]
    [InlineData("We rejected in Smith v. Jones, 123 U.S. 456, 460 (1990), the contention that a warrant ends the inquiry.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "we rejected in")]
    [InlineData("we rejected in smith jones,the contention that a warrant ends the inquiry.", "smith jones", "majority", "relies-on", "we rejected in")]
    [InlineData("The facts here are far afield from those of Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "far afield")]
    [InlineData("the facts here are far afield from those of smith jones,", "smith jones", "majority", "distinguishes", "far afield")]
    [InlineData("Unlike Smith v. Jones, 123 U.S. 456, 460 (1990), this case involves a warrant.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "unlike")]
    [InlineData("unlike smith jones,this case involves a warrant.", "smith jones", "majority", "distinguishes", "unlike")]
    [InlineData("In contrast to Smith v. Jones, 123 U.S. 456, 460 (1990), the officers here sought approval.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "in contrast to")]
    [InlineData("in contrast to smith jones,the officers here sought approval.", "smith jones", "majority", "distinguishes", "in contrast to")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), does not control this case.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "does not control")]
    [InlineData("smith jones,does not control this case.", "smith jones", "majority", "distinguishes", "does not control")]
    [InlineData("For reasons explained elsewhere, I can no longer follow the \"retroactivity\" doctrine announced in Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "concurrence", "criticizes", "i can no longer follow")]
    [InlineData("for reasons explained elsewhere,i can no longer follow the retroactivity doctrine announced in smith jones,", "smith jones", "concurrence", "criticizes", "i can no longer follow")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), is inapposite.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "is inapposite")]
    [InlineData("smith jones,is inapposite.", "smith jones", "majority", "distinguishes", "is inapposite")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), is distinguishable.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "is distinguishable")]
    [InlineData("smith jones,is distinguishable.", "smith jones", "majority", "distinguishes", "is distinguishable")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), is not to the contrary.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "is not to the contrary")]
    [InlineData("smith jones,is not to the contrary.", "smith jones", "majority", "distinguishes", "is not to the contrary")]
    [InlineData("There, officers searched without any warrant. Smith v. Jones, 123 U.S. 456, 460 (1990). Here, in contrast, the officers had a warrant.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "next sentence: here in contrast")]
    [InlineData("there,officers searched without any warrant.smith jones,here,in contrast,the officers had a warrant.", "smith jones", "majority", "distinguishes", "here in contrast")]
    [InlineData("The Court reads Smith v. Jones, 123 U.S. 456, 460 (1990), as resolving that question; I do not. Smith is clearly distinguishable.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "distinguishes", "next sentence: is clearly distinguishable")]
    [InlineData("the court reads smith jones,as resolving that question i do not.smith is clearly distinguishable.", "smith jones", "dissent", "distinguishes", "next sentence: is clearly distinguishable")]
    [InlineData("Later decisions cut back upon Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "limits", "cut back upon")]
    [InlineData("later decisions cut back upon smith jones,", "smith jones", "majority", "limits", "cut back upon")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), does not speak to the question of discovery.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "limits", "does not speak to")]
    [InlineData("smith jones,does not speak to the question of discovery.", "smith jones", "dissent", "limits", "does not speak to")]
    [InlineData("We overrule Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "overrules", "we overrule")]
    [InlineData("we overrule smith jones,", "smith jones", "majority", "overrules", "we overrule")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), is overruled.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "overrules", "is overruled")]
    [InlineData("smith jones,is overruled.", "smith jones", "majority", "overrules", "is overruled")]
    [InlineData("Having dissented in Smith v. Jones, 123 U.S. 456, 460 (1990), we disassociate ourselves from that holding.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "concurrence", "criticizes", "having dissented in")]
    [InlineData("having dissented in smith jones,we disassociate ourselves from that holding.", "smith jones", "concurrence", "criticizes", "having dissented in")]
    [InlineData("At such time as a majority of the Court is willing to re-examine our holding in Smith v. Jones, 123 U.S. 456, 460 (1990), I shall join in that undertaking.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "concurrence", "criticizes", "re examine our holding in")]
    [InlineData("at such time as a majority of the court is willing to our holding in smith jones,i shall join in that undertaking.", "smith jones", "concurrence", "criticizes", "majority of the court is willing to")]
    [InlineData("In Smith v. Jones, 123 U.S. 456, 460 (1990), this Court reserved the question whether the immunity extends to investigators.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "explains", "reserved the question")]
    [InlineData("in smith jones,this court reserved the question whether the immunity extends to investigators.", "smith jones", "majority", "explains", "reserved the question")]
    [InlineData("The court below relied heavily on Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "explains", "reports another's reliance: the court below relied")]
    [InlineData("the court below relied heavily on smith jones,", "smith jones", "majority", "explains", "reports another's reliance: the court below relied")]
    [InlineData("The court below erred in relying on Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "reports another's reliance: the court below relying (erred)")]
    [InlineData("the court below erred in relying on smith jones,", "smith jones", "majority", "distinguishes", "reports another's reliance: the court below relying (erred)")]
    [InlineData("That is also why the dissent's citation, post, at 915, of Smith v. Jones, 123 U.S. 456 (1990), is misplaced.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "distinguishes", "reports another's reliance: the dissent citation (misplaced)")]
    [InlineData("that is also why the dissent's citation,post,at,of smith jones,is misplaced.", "smith jones", "majority", "distinguishes", "reports another's reliance: the dissent citation (misplaced)")]
    [InlineData("The Court's citation of Smith v. Jones, 123 U.S. 456 (1990), for that proposition is unavailing.", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent", "distinguishes", "reports another's reliance: the court citation of (unavailing)")]
    [InlineData("the court's citation of smith jones,for that proposition is unavailing.", "smith jones", "dissent", "distinguishes", "reports another's reliance: the court citation of (unavailing)")]
    [InlineData("The Court's citation of Smith v. Jones, 123 U.S. 456 (1990), rests on its account of the statute.", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent", "explains", "reports another's reliance: the court citation of")]
    [InlineData("the court's citation of smith jones,rests on its account of the statute.", "smith jones", "dissent", "explains", "reports another's reliance: the court citation of")]
    [InlineData("The Court relies on Smith v. Jones, 123 U.S. 456, 460 (1990), for that proposition.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "explains", "reports another's reliance: the court relies")]
    [InlineData("the court relies on smith jones,for that proposition.", "smith jones", "dissent", "explains", "reports another's reliance: the court relies")]
    [InlineData("The Court relies on Smith v. Jones, 123 U.S. 456, 460 (1990), for that proposition.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "plain citation")]
    [InlineData("the court relies on smith jones,for that proposition.", "smith jones", "majority", "relies-on", "plain citation")]
    [InlineData("They rest this proposal on the assertion that officers were strictly liable. See, e. g., Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "explains", "reports another's reliance: they rest")]
    [InlineData("they rest this proposal on the assertion that officers were strictly liable.see,smith jones,", "smith jones", "majority", "explains", "reports another's reliance: they rest")]
    [InlineData("A search cannot be both unreasonable and reasonable at the same time. Id., at 960 (STEVENS, J., dissenting).", "Id., at 960", "dissent", "relies-on", "cites own dissent in the case")]
    [InlineData("a search can not be both unreasonable and reasonable at the same time.at stevens,dissenting.", "at", "dissent", "relies-on", "cites own dissent in the case")]
    [InlineData("The Court wrote: \"Officers are immune. See Smith v. Jones, 123 U.S. 456, 460 (1990). The rule is old.\"", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "cites", "inside a quotation")]
    [InlineData("To the extent it proposes to cut back upon Smith v. Jones, 123 U.S. 456, 460 (1990), the majority will promote sloppy police work.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "relies-on", "resists a proposal: proposes to cut back upon")]
    [InlineData("to the extent it proposes to cut back upon smith jones,the majority will promote sloppy police work.", "smith jones", "dissent", "relies-on", "resists a proposal: proposes to cut back upon")]
    [InlineData("Petitioner asks us to overrule Smith v. Jones, 123 U.S. 456, 460 (1990). We decline.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "resists a proposal: asks us to overrule")]
    [InlineData("petitioner asks us to overrule smith jones,we decline.", "smith jones", "majority", "relies-on", "resists a proposal: asks us to overrule")]
    [InlineData("We therefore overrule Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "overrules", "we therefore overrule")]
    [InlineData("we therefore overrule smith jones,", "smith jones", "majority", "overrules", "we therefore overrule")]
    [InlineData("The court below relied heavily on our decision in Smith v. Jones, 123 U.S. 456, 460 (1990), but that precedent is far afield.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "is far afield")]
    [InlineData("the court below relied heavily on our decision in smith jones,but that precedent is far afield.", "smith jones", "majority", "distinguishes", "is far afield")]
    [InlineData("Smith plainly does not control the result here.", "Smith", "majority", "distinguishes", "does not control")]
    [InlineData("smith plainly does not control the result here.", "smith", "majority", "distinguishes", "does not control")]
    [InlineData("Petitioners argue that the District Court erred in finding that a cause of action could be inferred, and that special factors counsel hesitation in inferring a remedy like that of Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "plain citation")]
    [InlineData("petitioners argue that the district court erred in finding that a cause of action could be inferred,and that special factors counsel hesitation in inferring a remedy like that of smith jones,", "smith jones", "majority", "relies-on", "plain citation")]
    [InlineData("Possessing a firearm is not a crime at all. See generally Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "cites", "see generally")]
    [InlineData("possessing a firearm is not a crime at all.see generally smith jones,", "smith jones", "dissent", "cites", "see generally")]
    [InlineData("Officers are immune, see, e. g., Doe v. Roe, 1 U.S. 2 (1980); Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "see e g")]
    [InlineData("officers are immune,see,doe roe,smith jones,", "smith jones", "majority", "relies-on", "see")]
    [InlineData("Unlike the statutes we addressed in Smith v. Jones, 123 U.S. 456, 460 (1990), this statute does not bar review.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "unlike")]
    [InlineData("unlike the statutes we addressed in smith jones,this statute does not bar review.", "smith jones", "majority", "distinguishes", "unlike")]
    [InlineData("The Court claims that its approach follows from our decision in Smith v. Jones, 123 U.S. 456, 460 (1990), but that case, unlike the Court's opinion, faithfully applied the categorical approach.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "relies-on", "our decision in")]
    [InlineData("the court claims that its approach follows from our decision in smith jones,but that case,unlike the court opinion,faithfully applied the categorical approach.", "smith jones", "dissent", "relies-on", "our decision in")]
    [InlineData("The rule is settled. See Smith v. Jones, 123 U.S. 456, 460 (1990) (quoting Doe v. Roe, 1 U.S. 2, 5 (1980) (STEVENS, J., dissenting)).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "relies-on", "see")]
    [InlineData("the rule is settled.see smith jones,quoting doe roe,stevens,dissenting.", "smith jones", "dissent", "relies-on", "see")]
    [InlineData("The Court of Appeals' reliance on Smith v. Jones, 123 U.S. 456, 460 (1990), was misplaced.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "reports another's reliance: the court of appeals reliance on (misplaced)")]
    [InlineData("the court of appeals reliance on smith jones,was misplaced.", "smith jones", "majority", "distinguishes", "reports another's reliance: the court of appeals reliance on (misplaced)")]
    [InlineData("The Court misreads Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "distinguishes", "reports another's reliance: the court misreads (misreads)")]
    [InlineData("the court misreads smith jones,", "smith jones", "dissent", "distinguishes", "reports another's reliance: the court misreads (misreads)")]
    [InlineData("We reaffirm Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "we reaffirm")]
    [InlineData("we reaffirm smith jones,", "smith jones", "majority", "relies-on", "we reaffirm")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), does not stand for that proposition.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "limits", "does not stand for")]
    [InlineData("smith jones,does not stand for that proposition.", "smith jones", "majority", "limits", "does not stand for")]
    [InlineData("That decision, Smith v. Jones, 123 U.S. 456, 460 (1990), should be limited to its facts.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "limits", "limited to its facts")]
    [InlineData("that decision,smith jones,should be limited to its facts.", "smith jones", "majority", "limits", "limited to its facts")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), and Doe v. Roe, 1 U.S. 2 (1980), are overruled.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "overrules", "are overruled")]
    [InlineData("smith jones,and doe roe,are overruled.", "smith jones", "majority", "overrules", "are overruled")]
    [InlineData("The Government contends that Smith v. Jones, 123 U.S. 456, 460 (1990), is distinguishable because the statute differs.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "explains", "reports another's reliance: the government contends")]
    [InlineData("the government contends that smith jones,is distinguishable because the statute differs.", "smith jones", "majority", "explains", "reports another's reliance: the government contends")]
    [InlineData("The Court cites dicta in Smith v. Jones, 123 U.S. 456, 460 (1990), as an indication of its willingness to apply harmless-error analysis.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "explains", "reports another's reliance: the court cites")]
    [InlineData("the court cites dicta in smith jones,as an indication of its willingness to apply analysis.", "smith jones", "dissent", "explains", "reports another's reliance: the court cites")]
    [InlineData("Respondent maintains that Smith v. Jones, 123 U.S. 456, 460 (1990), is distinguishable on its facts.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "explains", "reports an argument: maintains that is distinguishable")]
    [InlineData("respondent maintains that smith jones,is distinguishable on its facts.", "smith jones", "majority", "explains", "reports an argument: maintains that is distinguishable")]
    [InlineData("Officers who act reasonably are immune. See Smith v. Jones, 475 U. S. 335, 341 (1986). The rule is settled.", "Smith v. Jones, 475 U. S. 335, 341 (1986)", "majority", "relies-on", "see")]
    [InlineData("officers who act reasonably are immune.see smith jones,the rule is settled.", "smith jones", "majority", "relies-on", "see")]
    [InlineData("The officers are immune. Id., at 341 (SMITH, J., dissenting).", "Id., at 341", "dissent", "relies-on", "plain citation")]
    [InlineData("the officers are immune.at smith,dissenting.", "at", "dissent", "relies-on", "plain citation")]
    [InlineData("Because the State has shown no harm, we have no occasion to decide whether the rule of Smith v. Jones, 123 U.S. 456 (1990), would bar the charge.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "cites", "we have no occasion")]
    [InlineData("because the state has shown no harm,we have no occasion to decide whether the rule of smith jones,would bar the charge.", "smith jones", "majority", "cites", "we have no occasion")]
    [InlineData("Because I was in the dissent in Smith v. Jones, 123 U.S. 456 (1990), I do not join the Court's extension of its standard.", "Smith v. Jones, 123 U.S. 456 (1990)", "concurrence", "criticizes", "i was in the dissent in")]
    [InlineData("because i was in the dissent in smith jones,i do not join the court extension of its standard.", "smith jones", "concurrence", "criticizes", "i was in the dissent in")]
    [InlineData("Thus, under today's analysis, Smith v. Jones, 123 U.S. 456 (1990), was wrongly decided.", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent", "relies-on", "fault under the other side's reasoning: under today analysis was wrongly decided")]
    [InlineData("thus,under today analysis,smith jones,was wrongly decided.", "smith jones", "dissent", "relies-on", "fault under the other side's reasoning: under today analysis was wrongly decided")]
    [InlineData("Although this Court has recognized the privacy of the home, see Smith v. Jones, 123 U.S. 456 (1990), a billing envelope is hardly as intrusive as a visitor.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "distinguishes", "is hardly as")]
    [InlineData("although this court has recognized the privacy of the home,see smith jones,a billing envelope is hardly as intrusive as a visitor.", "smith jones", "majority", "distinguishes", "is hardly as")]
    [InlineData("The Commission relies upon Smith v. Jones, 123 U.S. 456 (1990), for its order.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "explains", "reports another's reliance: the commission relies")]
    [InlineData("the commission relies upon smith jones,for its order.", "smith jones", "majority", "explains", "reports another's reliance: the commission relies")]
    [InlineData("Appellants rely on Smith v. Jones, 123 U.S. 456 (1990), for their claim.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "explains", "reports another's reliance: appellants rely")]
    [InlineData("appellants rely on smith jones,for their claim.", "smith jones", "majority", "explains", "reports another's reliance: appellants rely")]
    [InlineData("A speaker may be barred from shocking a captive audience. Smith v. Jones, 123 U.S. 456 (1990). In this case, by contrast, the theater does not reach unwilling viewers.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "distinguishes", "next sentence: in this case by contrast")]
    [InlineData("a speaker may be barred from shocking a captive audience.smith jones,in this case,by contrast,the theater does not reach unwilling viewers.", "smith jones", "majority", "distinguishes", "in this case by contrast")]
    [InlineData("A court may not make up for an agency's silence. Smith v. Jones, 123 U.S. 456 (1990). Here, however, the rule itself is not challenged.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "relies-on", "plain citation")]
    [InlineData("a court may not make up for an agency silence.smith jones,here,however,the rule itself is not challenged.", "smith jones", "majority", "relies-on", "plain citation")]
    [InlineData("But neither did the edition of the dictionary cited by the court in Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "relies-on", "plain citation")]
    [InlineData("but neither did the edition of the dictionary cited by the court in smith jones,", "smith jones", "majority", "relies-on", "plain citation")]
    [InlineData("Neither does Smith v. Jones, 123 U.S. 456 (1990), have any bearing here.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "distinguishes", "neither")]
    [InlineData("neither does smith jones,have any bearing here.", "smith jones", "majority", "distinguishes", "neither")]
    public void Classify_LabelledSentence_GivesRelationAndCue(string text, string mention, string kind, string relation, string cue)
    {
        var treatment = ClassifyOne(text, mention, kind);
        Assert.Equal(relation, Relations.Name(treatment.Relation));
        Assert.Equal(cue, treatment.Cue);
        Assert.InRange(treatment.Confidence, 0.05, 1.0);
        Assert.True(treatment.Sentence.Contains(Last(text, mention)), "the sentence holds the citation");
    }

    /// <summary>Cues of the negative, critical and reported uses common in opinions outside the dev set: one row
    /// per cue and text form (raw, then the same sentence through normalize.py).</summary>
    [Theory]
    [InlineData("We do not believe that Smith v. Jones, 123 U.S. 456, 460 (1990) can be read so broadly.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "read so broadly")]
    [InlineData("we do not believe that smith jones,can be read so broadly.", "smith jones", "majority", "distinguishes", "read so broadly")]
    [InlineData("This case differs from those cases in that no warrant issued. See, e. g., Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "sentence before: differs from those")]
    [InlineData("this case differs from those cases in that no warrant issued.see,smith jones,", "smith jones", "majority", "distinguishes", "sentence before: differs from those")]
    [InlineData("None of these cases stands for so broad a proposition. See Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "sentence before: none of these cases")]
    [InlineData("none of these cases stands for so broad a proposition.see smith jones,", "smith jones", "majority", "distinguishes", "sentence before: none of these cases")]
    [InlineData("His position is unlike that of the plaintiff in Smith v. Jones, supra.", "Smith v. Jones, supra", "majority", "distinguishes", "unlike")]
    [InlineData("his position is unlike that of the plaintiff in smith jones,supra.", "smith jones,supra", "majority", "distinguishes", "unlike")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), does not hold that officers may enter a home.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "does not hold")]
    [InlineData("smith jones,does not hold that officers may enter a home.", "smith jones", "majority", "distinguishes", "does not hold")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), is not apposite here.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "is not apposite")]
    [InlineData("smith jones,is not apposite here.", "smith jones", "majority", "distinguishes", "is not apposite")]
    [InlineData("But Smith v. Jones, 123 U.S. 456, 460 (1990), is not such a case.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "is not such a case")]
    [InlineData("but smith jones,is not such a case.", "smith jones", "majority", "distinguishes", "is not such a case")]
    [InlineData("The facts of Smith v. Jones, 123 U.S. 456, 460 (1990), were quite different.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "were quite different")]
    [InlineData("the facts of smith jones,were quite different.", "smith jones", "majority", "distinguishes", "were quite different")]
    [InlineData("In contrast with Smith v. Jones, 123 U.S. 456, 460 (1990), the officers here had a warrant.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "in contrast with")]
    [InlineData("in contrast with smith jones,the officers here had a warrant.", "smith jones", "majority", "distinguishes", "in contrast with")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), held only that the officers could detain the suspect.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "limits", "held only")]
    [InlineData("smith jones,held only that the officers could detain the suspect.", "smith jones", "majority", "limits", "held only")]
    [InlineData("The officers relied on a warrant. Nothing in the record matches the facts of Smith v. Jones, 123 U.S. 456, 460 (1990), on which JUSTICE WHITE relies.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "explains", "reports another's reliance: justice white relies")]
    [InlineData("the officers relied on a warrant.nothing in the record matches the facts of smith jones,on which justice white relies.", "smith jones", "dissent", "explains", "reports another's reliance: justice white relies")]
    [InlineData("The only authority is Smith v. Jones, 123 U.S. 456, 460 (1990), relied upon by petitioner.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "explains", "reports another's reliance: petitioner relied upon by")]
    [InlineData("the only authority is smith jones,relied upon by petitioner.", "smith jones", "majority", "explains", "reports another's reliance: petitioner relied upon by")]
    [InlineData("The state constitutional provision relies on cases holding that a school may not sponsor any religious activity whatever, such as Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "plain citation")]
    [InlineData("the state constitutional provision relies on cases holding that a school may not sponsor any religious activity whatever,such as smith jones,", "smith jones", "majority", "relies-on", "plain citation")]
    [InlineData("The Court relies on Smith v. Jones, 123 U.S. 456, 460 (1990), but that case involved a warrant.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "distinguishes", "reported reliance answered in the same sentence")]
    [InlineData("the court relies on smith jones,but that case involved a warrant.", "smith jones", "dissent", "distinguishes", "reported reliance answered in the same sentence")]
    [InlineData("I would overrule Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "criticizes", "i would overrule")]
    [InlineData("i would overrule smith jones,", "smith jones", "dissent", "criticizes", "i would overrule")]
    [InlineData("I would accept the State's invitation to overrule Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "criticizes", "takes up a proposal: invitation to overrule")]
    [InlineData("i would accept the state invitation to overrule smith jones,", "smith jones", "dissent", "criticizes", "takes up a proposal: invitation to overrule")]
    [InlineData("We overrule Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "concurrence", "criticizes", "we overrule (separate opinion: criticizes)")]
    [InlineData("we overrule smith jones,", "smith jones", "concurrence", "criticizes", "we overrule (separate opinion: criticizes)")]
    [InlineData("Congress decided to overrule our decision in Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "our decision in")]
    [InlineData("congress decided to overrule our decision in smith jones,", "smith jones", "majority", "relies-on", "our decision in")]
    [InlineData("The Court never should have started down this road in Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "criticizes", "never should have started")]
    [InlineData("the court never should have started down this road in smith jones,", "smith jones", "dissent", "criticizes", "never should have started")]
    [InlineData("This is a novel extension of the Smith v. Jones, 123 U.S. 456, 460 (1990), line of cases.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "explains", "novel extension of")]
    [InlineData("this is a novel extension of the smith jones,line of cases.", "smith jones", "dissent", "explains", "novel extension of")]
    [InlineData("I have expressed strong disagreement with the approach carried to the extreme in Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "criticizes", "carried to the extreme in")]
    [InlineData("i have expressed strong disagreement with the approach carried to the extreme in smith jones,", "smith jones", "dissent", "criticizes", "carried to the extreme in")]
    [InlineData("As I explained in my dissent in Smith v. Jones, 123 U.S. 456, 460 (1990), the rule is unworkable.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "relies-on", "as i explained in")]
    [InlineData("as i explained in my dissent in smith jones,the rule is unworkable.", "smith jones", "dissent", "relies-on", "as i explained in")]
    [InlineData("See my dissenting opinion in Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "relies-on", "my dissenting opinion in")]
    [InlineData("see my dissenting opinion in smith jones,", "smith jones", "dissent", "relies-on", "my dissenting opinion in")]
    [InlineData("For the reasons given in my dissent in Smith v. Jones, 123 U.S. 456, 460 (1990), I would reverse.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "relies-on", "my dissent in")]
    [InlineData("for the reasons given in my dissent in smith jones,i would reverse.", "smith jones", "dissent", "relies-on", "my dissent in")]
    [InlineData("For reasons explained in my dissent in Doe v. Roe, 1 U.S. 2 (1991), I can no longer follow the \"retroactivity\" doctrine announced in Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "criticizes", "i can no longer follow")]
    [InlineData("for reasons explained in my dissent in doe roe,i can no longer follow the retroactivity doctrine announced in smith jones,", "smith jones", "dissent", "criticizes", "i can no longer follow")]
    [InlineData("For reasons explained in my dissent in Smith v. Jones, 123 U.S. 456, 460 (1990), I can no longer follow the doctrine announced in Doe v. Roe, 1 U.S. 2 (1991).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "relies-on", "my dissent in")]
    [InlineData("for reasons explained in my dissent in smith jones,i can no longer follow the doctrine announced in doe roe,", "smith jones", "dissent", "relies-on", "my dissent in")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), was a mistake.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "criticizes", "was a mistake")]
    [InlineData("smith jones,was a mistake.", "smith jones", "dissent", "criticizes", "was a mistake")]
    [InlineData("The Court has steadily eroded that right. See Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "criticizes", "sentence before: steadily eroded")]
    [InlineData("the court has steadily eroded that right.see smith jones,", "smith jones", "dissent", "criticizes", "sentence before: steadily eroded")]
    [InlineData("The Court has steadily eroded that right. See Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "see")]
    [InlineData("the court has steadily eroded that right.see smith jones,", "smith jones", "majority", "relies-on", "see")]
    [InlineData("The court of appeals in that case relied on Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "explains", "reports another's reliance: the court of appeals relied")]
    [InlineData("the court of appeals in that case relied on smith jones,", "smith jones", "majority", "explains", "reports another's reliance: the court of appeals relied")]
    [InlineData("Petitioners and amici rely on Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "explains", "reports another's reliance: petitioners rely")]
    [InlineData("petitioners and amici rely on smith jones,", "smith jones", "majority", "explains", "reports another's reliance: petitioners rely")]
    [InlineData("The government, however, relies on Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "explains", "reports another's reliance: the government relies")]
    [InlineData("the government,however,relies on smith jones,", "smith jones", "majority", "explains", "reports another's reliance: the government relies")]
    [InlineData("The state statutory scheme relies on Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "plain citation")]
    [InlineData("the state statutory scheme relies on smith jones,", "smith jones", "majority", "relies-on", "plain citation")]
    [InlineData("The determination to keep litigants out of the federal courthouse, reflected in other decisions, e. g., Smith v. Jones, 123 U.S. 456 (1990), hardly serves the values of federalism.", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent", "criticizes", "federal courthouse")]
    [InlineData("the determination to keep litigants out of the federal courthouse,reflected in other decisions,smith jones,hardly serves the values of federalism.", "smith jones", "dissent", "criticizes", "federal courthouse")]
    [InlineData("The determination to keep litigants out of the federal courthouse, reflected in other decisions, e. g., Smith v. Jones, 123 U.S. 456 (1990), hardly serves the values of federalism.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "relies-on", "e g")]
    [InlineData("This Court has shaped its doctrines so as increasingly to bar the federal door to litigants. See Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent", "criticizes", "sentence before: increasingly to")]
    [InlineData("this court has shaped its doctrines so as increasingly to bar the federal door to litigants.see smith jones,", "smith jones", "dissent", "criticizes", "sentence before: increasingly to")]
    [InlineData("The Court prefers a novel extension of the line of abstention cases. Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent", "explains", "sentence before: novel extension of")]
    [InlineData("the court prefers a novel extension of the line of abstention cases.smith jones,", "smith jones", "dissent", "explains", "sentence before: novel extension of")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 487 (1993) (Thomas, J., concurring) (contending that Doe was wrongly decided).", "Smith v. Jones, 123 U.S. 456, 487 (1993)", "majority", "explains", "reports an argument: contending that wrongly decided")]
    [InlineData("smith jones,thomas,concurring,contending that doe was wrongly decided.", "smith jones", "majority", "explains", "reports an argument: contending that wrongly decided")]
    [InlineData("The standard may have been read into Smith v. Jones, 123 U.S. 456, 460 (1990), but none of those cases was overruled.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "none of those cases was overruled")]
    [InlineData("the standard may have been read into smith jones,but none of those cases was overruled.", "smith jones", "majority", "relies-on", "none of those cases was overruled")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), is today overruled.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "overrules", "is today overruled")]
    [InlineData("smith jones,is today overruled.", "smith jones", "majority", "overrules", "is today overruled")]
    [InlineData("The history of Smith v. Jones, 123 U.S. 456 (1990), which is now overruled, bears recounting.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "overrules", "is now overruled")]
    [InlineData("the history of smith jones,which is now overruled,bears recounting.", "smith jones", "majority", "overrules", "is now overruled")]
    [InlineData("Time has washed away the logic of Smith v. Jones, 123 U.S. 456 (1990). Smith and Doe v. Roe, 1 U.S. 2 (1980), are therefore overruled.", "Doe v. Roe, 1 U.S. 2 (1980)", "majority", "overrules", "are therefore overruled")]
    [InlineData("But Smith v. Jones, 123 U.S. 456, 460 (1990), is a slender reed on which to rely.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "distinguishes", "slender reed")]
    [InlineData("but smith jones,is a slender reed on which to rely.", "smith jones", "majority", "distinguishes", "slender reed")]
    [InlineData("Unless the writing was compelled, cf. Smith v. Jones, 123 U.S. 456, 460 (1990), the fact that he wrote it is not controlling.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "cf")]
    [InlineData("Contrast Smith v. Jones, 123 U.S. 456, 460 (1990), relied on by my colleagues.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "explains", "reports another's reliance: my colleagues relied on by")]
    [InlineData("Contrast Smith v. Jones, 123 U.S. 456, 460 (1990).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "distinguishes", "contrast")]
    [InlineData("contrast smith jones,", "smith jones", "dissent", "distinguishes", "contrast")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), the case cited by the Court, was one instance.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "dissent", "explains", "reports another's reliance: the court cited by")]
    [InlineData("Smith v. Jones, 123 U.S. 456, 460 (1990), the case cited by the Court, was one instance.", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "relies-on", "plain citation")]
    [InlineData("The court of appeals relied on a different case. Smith v. Jones, 123 U.S. 456 (1990), pointed out that a stake in a vote was enough.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "relies-on", "plain citation")]
    [InlineData("The court of appeals relied on the rule. Smith v. Jones, 123 U.S. 456, 460 (1990) (per curiam).", "Smith v. Jones, 123 U.S. 456, 460 (1990)", "majority", "explains", "reports another's reliance: the court of appeals relied")]
    [InlineData("This statute passes even the stringent test set forth in Smith v. Jones, 123 U.S. 456 (1990). Only a stricter standard yet lets the Court reach its result. Because the Court never should have started down this road, it should not take this step.", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent", "criticizes", "sentence after next: never should have started")]
    [InlineData("this statute passes even the stringent test set forth in smith jones,only a stricter standard yet lets the court reach its result.because the court never should have started down this road,it should not take this step.", "smith jones", "dissent", "criticizes", "next sentence: never should have started")]
    [InlineData("This statute passes even the stringent test set forth in Smith v. Jones, 123 U.S. 456 (1990). Only a stricter standard yet lets the Court reach its result. Because the Court never should have started down this road, it should not take this step.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "relies-on", "plain citation")]
    public void Classify_NegativeOrReportedUse_GivesRelationAndCue(string text, string mention, string kind, string relation, string cue)
    {
        var treatment = ClassifyOne(text, mention, kind);
        Assert.Equal(relation, Relations.Name(treatment.Relation));
        Assert.Equal(cue, treatment.Cue);
    }

    /// <summary>Overruling reported in the past or perfect tense is another decision's act, not this opinion's.</summary>
    [Theory]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), was overruled in Doe v. Roe, 1 U.S. 2 (1995).", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("smith jones,was overruled in doe roe,", "smith jones")]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), has since been overruled.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    public void Classify_OverrulingByAnotherDecision_IsNotOverrules(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");
        Assert.NotEqual("overrules", Relations.Name(treatment.Relation));
    }

    /// <summary>A string citation of two cases: a survey of other courts or a "compare ... with" clause is cited,
    /// not relied on; the same string after the Court's own holding is relied on.</summary>
    [Theory]
    [InlineData("The courts have divided on this question. See Doe v. Roe, 1 F.2d 2 (CA5 1980); Smith v. Jones, 123 F.2d 456 (CA9 1990).", "Doe v. Roe, 1 F.2d 2 (CA5 1980)", "Smith v. Jones, 123 F.2d 456 (CA9 1990)", "cites", "survey of other courts: courts have divided")]
    [InlineData("the courts have divided on this question.see doe roe,smith jones,", "doe roe", "smith jones", "cites", "survey of other courts: courts have divided")]
    [InlineData("Several courts of appeals have held that the statute applies, see Doe v. Roe, 1 F.2d 2 (CA5 1980); Smith v. Jones, 123 F.2d 456 (CA9 1990), and we agree.", "Doe v. Roe, 1 F.2d 2 (CA5 1980)", "Smith v. Jones, 123 F.2d 456 (CA9 1990)", "cites", "survey of other courts: courts of appeals have")]
    [InlineData("several courts of appeals have held that the statute applies,see doe roe,smith jones,and we agree.", "doe roe", "smith jones", "cites", "survey of other courts: courts of appeals have")]
    [InlineData("Compare Doe v. Roe, 1 U.S. 2 (1980), with Smith v. Jones, 123 U.S. 456 (1990).", "Doe v. Roe, 1 U.S. 2 (1980)", "Smith v. Jones, 123 U.S. 456 (1990)", "cites", "compare")]
    [InlineData("compare doe roe,with smith jones,", "doe roe", "smith jones", "cites", "compare")]
    [InlineData("Compare Doe v. Roe, 1 U.S. 2 (1980), with, e. g., Smith v. Jones, 123 U.S. 456 (1990).", "Doe v. Roe, 1 U.S. 2 (1980)", "Smith v. Jones, 123 U.S. 456 (1990)", "cites", "compare")]
    [InlineData("compare doe roe,with,smith jones,", "doe roe", "smith jones", "cites", "compare")]
    [InlineData("Compare, e. g., Doe v. Roe, 1 F.2d 2 (CA5 1980), with Smith v. Jones, 123 F.2d 456 (CA9 1990).", "Doe v. Roe, 1 F.2d 2 (CA5 1980)", "Smith v. Jones, 123 F.2d 456 (CA9 1990)", "cites", "compare e g")]
    [InlineData("compare,doe roe,with smith jones,", "doe roe", "smith jones", "cites", "compare")]
    [InlineData("This Court has held that the statute applies. See Doe v. Roe, 1 U.S. 2 (1980); Smith v. Jones, 123 U.S. 456 (1990).", "Doe v. Roe, 1 U.S. 2 (1980)", "Smith v. Jones, 123 U.S. 456 (1990)", "relies-on", "see")]
    [InlineData("this court has held that the statute applies.see doe roe,smith jones,", "doe roe", "smith jones", "relies-on", "see")]
    public void Classify_StringCitation_SurveyOrCompareIsCited(string text, string first, string second, string relation, string cue)
    {
        var resolution = ResolutionOfCases((Last(text, first), "doe-v-roe"), (Last(text, second), CaseKey));

        var result = new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, "majority"), resolution);

        Assert.Equal(2, result.Citations.Count);
        Assert.All(result.Citations, c => Assert.Equal(relation, Relations.Name(c.Relation)));
        Assert.All(result.Citations, c => Assert.Equal(cue, c.Cue));
    }

    /// <summary>A footnote that only lists other courts' decisions shows who held what: its citations are cited. A
    /// footnote listing this Court's decisions, or one whose list is led by a signal, keeps its reliance.</summary>
    [Theory]
    [InlineData("We granted certiorari to resolve the conflict.\n[ Footnote 2 ] State v. Roe, 23 Ariz. App. 510, 534 P.2d 441 (1975), rev'd on other grounds, 112 Ariz. 582 (1976); Smith v. Jones, 448 F.2d 622 (CA8 1971).", "State v. Roe, 23 Ariz. App. 510, 534 P.2d 441 (1975)", "Smith v. Jones, 448 F.2d 622 (CA8 1971)", "CA8", "cites", "footnote listing other courts' decisions")]
    [InlineData("we granted certiorari to resolve the conflict.\nfootnote state roe,ariz.app.rev d on other grounds,ariz.smith jones,", "state roe", "smith jones", null, "cites", "footnote listing other courts' decisions")]
    [InlineData("We granted certiorari to resolve the conflict.\n[ Footnote 2 ] Doe v. Roe, 1 U.S. 2 (1980); Smith v. Jones, 123 U.S. 456 (1990).", "Doe v. Roe, 1 U.S. 2 (1980)", "Smith v. Jones, 123 U.S. 456 (1990)", null, "relies-on", "plain citation")]
    [InlineData("We granted certiorari to resolve the conflict.\n[ Footnote 2 ] See State v. Roe, 23 Ariz. App. 510 (1975); Smith v. Jones, 448 F.2d 622 (CA8 1971).", "State v. Roe, 23 Ariz. App. 510 (1975)", "Smith v. Jones, 448 F.2d 622 (CA8 1971)", "CA8", "relies-on", "see")]
    [InlineData("We granted certiorari to resolve the conflict.\nState v. Roe, 23 Ariz. App. 510 (1975); Smith v. Jones, 448 F.2d 622 (CA8 1971).", "State v. Roe, 23 Ariz. App. 510 (1975)", "Smith v. Jones, 448 F.2d 622 (CA8 1971)", "CA8", "relies-on", "plain citation")]
    public void Classify_FootnoteListingDecisions_OtherCourtsAreCited(string text, string first, string second, string? court, string relation, string cue)
    {
        var firstKey = first.StartsWith("State", StringComparison.OrdinalIgnoreCase) ? "state-v-roe" : "doe-v-roe";
        var resolution = ResolutionOfCases(court, (Last(text, first), firstKey), (Last(text, second), CaseKey));

        var result = new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, "majority"), resolution);

        Assert.Equal(2, result.Citations.Count);
        Assert.All(result.Citations, c => Assert.Equal(relation, Relations.Name(c.Relation)));
        Assert.Equal(cue, result.Citations[0].Cue);
    }

    /// <summary>A string citation after a lead-in sentence: the head takes the lead-in's label, and the citations
    /// after it in the string take the head's.</summary>
    [Theory]
    [InlineData("The Court has steadily eroded that right. Doe v. Roe, 1 U.S. 2 (1980); Smith v. Jones, 123 U.S. 456 (1990).", "Doe v. Roe, 1 U.S. 2 (1980)", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent", "criticizes", "string citation: sentence before: steadily eroded")]
    [InlineData("the court has steadily eroded that right.doe roe,smith jones,", "doe roe", "smith jones", "dissent", "criticizes", "string citation: sentence before: steadily eroded")]
    [InlineData("The Court has steadily eroded that right. Doe v. Roe, 1 U.S. 2 (1980); Smith v. Jones, 123 U.S. 456 (1990).", "Doe v. Roe, 1 U.S. 2 (1980)", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "relies-on", "plain citation")]
    [InlineData("Doe v. Roe, 1 U.S. 2 (1980) (BRENNAN, J., dissenting); Smith v. Jones, 123 U.S. 456 (1990).", "Doe v. Roe, 1 U.S. 2 (1980)", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent", "relies-on", "plain citation")]
    public void Classify_StringCitation_CarriesTheHeadsLabel(string text, string first, string second, string kind, string relation, string cue)
    {
        var resolution = ResolutionOfCases((Last(text, first), "doe-v-roe"), (Last(text, second), CaseKey));

        var result = new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, kind, "Brennan"), resolution);

        var second_ = result.Citations.Single(c => c.Citation.CaseKey == CaseKey);
        Assert.Equal(relation, Relations.Name(second_.Relation));
        Assert.Equal(cue, second_.Cue);
    }

    /// <summary>A course condemned in the sentences after is the last case cited before them, not every case of the sentence.</summary>
    [Theory]
    [InlineData("See also Doe v. Roe, 1 U.S. 2 (1980). The statute passes even the test set forth in Smith v. Jones, 123 U.S. 456 (1990). The Court never should have started down this road.", "relies-on", "criticizes")]
    [InlineData("see also doe roe.the statute passes even the test set forth in smith jones.the court never should have started down this road.", "relies-on", "criticizes")]
    public void Classify_CourseCondemnedAfter_ReachesTheLastCaseOnly(string text, string first, string last)
    {
        var doe = text.Contains("Doe v. Roe", StringComparison.Ordinal) ? "Doe v. Roe, 1 U.S. 2 (1980)" : "doe roe";
        var smith = text.Contains("Smith v. Jones", StringComparison.Ordinal) ? "Smith v. Jones, 123 U.S. 456 (1990)" : "smith jones";
        var resolution = ResolutionOfCases((Last(text, doe), "doe-v-roe"), (Last(text, smith), CaseKey));

        var result = new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, "dissent"), resolution);

        Assert.Equal(first, Relations.Name(result.Citations.Single(c => c.Citation.CaseKey == "doe-v-roe").Relation));
        Assert.Equal(last, Relations.Name(result.Citations.Single(c => c.Citation.CaseKey == CaseKey).Relation));
    }

    /// <summary>A survey sentence followed by the one decision of another court it found: cited, not relied on.</summary>
    [Theory]
    [InlineData("We have found only one case in which the court relied solely on state law. Jones v. State, 234 A. 2d 438 (1967).", "Jones v. State, 234 A. 2d 438 (1967)", "jones-v-state", "cites")]
    [InlineData("we have found only one case in which the court relied solely on state law.jones state,", "jones state", "jones-v-state", "cites")]
    [InlineData("We have found only one case in which the Court so held. Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", CaseKey, "relies-on")]
    public void Classify_SurveyWithOneDecisionOfAnotherCourt_IsCited(string text, string mention, string key, string relation)
    {
        var result = new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, "majority"), ResolutionOfCases((Last(text, mention), key)));

        Assert.Equal(relation, Relations.Name(Assert.Single(result.Citations).Relation));
    }

    [Theory]
    [InlineData("Officers are immune \"unless the law clearly proscribed the actions.\" Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", true)]
    [InlineData("Officers are immune. Smith v. Jones, 123 U.S. 456 (1990) (officials are immune unless \"the law clearly proscribed\" it).", "Smith v. Jones, 123 U.S. 456 (1990)", true)]
    [InlineData("The rule is settled, Doe v. Roe, 1 U.S. 2 (1990) (quoting Smith v. Jones, 123 U.S. 456 (1990)).", "Smith v. Jones, 123 U.S. 456 (1990)", true)]
    [InlineData("the rule is settled,doe roe,quoting smith jones,", "smith jones", true)]
    [InlineData("Officers are immune. Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", false)]
    [InlineData("officers are immune.smith jones,", "smith jones", false)]
    public void Classify_Quotation_SetsQuotedFlag(string text, string mention, bool quoted)
    {
        var result = new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, "majority"), ResolutionOf(Last(text, mention)));

        Assert.Equal(quoted, Assert.Single(result.Citations).Quoted);
    }

    [Theory]
    [InlineData("Officers are immune. Smith v. Jones, 123 U.S. 456 (1990).\nThe rule is objective. Smith, 123 U.S., at 460.\nSmith v. Jones, supra, is distinguishable.", "distinguishes", 3, "is distinguishable")]
    [InlineData("officers are immune.smith jones,\nthe rule is objective.smith,at.\nsmith jones,supra,is distinguishable.", "distinguishes", 3, "is distinguishable")]
    [InlineData("Officers are immune. See Smith v. Jones, 123 U.S. 456 (1990).\nThe rule is objective. Smith, 123 U.S., at 460.", "relies-on", 2, "see")]
    public void Classify_SeveralMentions_PairTakesDominantTreatmentWithDecidingSentenceFirst(string text, string relation, int count, string cue)
    {
        var spans = new List<TextSpan>();
        var lower = text.ToLowerInvariant();
        for (var at = lower.IndexOf("smith", StringComparison.Ordinal); at >= 0; at = lower.IndexOf("smith", at + 1, StringComparison.Ordinal))
        {
            var end = text.IndexOfAny(['.', '\n'], at);
            end = text.IndexOf("supra", at, StringComparison.Ordinal) is var supra and > 0 && supra < end + 10 ? supra + 5 : Math.Max(end, at + 5);
            spans.Add(TextSpan.FromBounds(at, Math.Min(end, text.Length)));
        }

        var result = new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, "majority"), ResolutionOf([.. spans]));

        var pair = Assert.Single(result.Pairs);
        Assert.Equal(relation, Relations.Name(pair.Relation));
        Assert.Equal(count, pair.Count);
        Assert.Equal(cue, pair.Cue);
        var deciding = result.Citations.Where(c => c.Relation == pair.Relation).OrderByDescending(c => c.Confidence).First();
        Assert.Equal(deciding.Sentence, pair.Evidence[0]);
        Assert.Equal(pair.Evidence.Distinct().Count(), pair.Evidence.Count);
    }

    [Theory]
    [InlineData("Possessing a firearm is no crime. See generally Smith v. Jones, 123 U.S. 456 (1990).", "see", "cites", "see generally")]
    [InlineData("possessing a firearm is no crime.see generally smith jones,", "see", "cites", "see generally")]
    [InlineData("Officers are immune. Cf. Smith v. Jones, 123 U.S. 456 (1990).", "cf.", "relies-on", "cf")]
    [InlineData("officers are immune.smith jones,", "but see", "cites", "but see")]
    public void Classify_FinderSignal_IsUsedUnlessCutShort(string text, string signal, string relation, string cue)
    {
        var start = text.IndexOf("mith", StringComparison.Ordinal) - 1;
        var span = new TextSpan(start, text.Length - 1 - start);
        var mention = new CaseMention(0, CitationForm.Full, span, span, "Smith v. Jones", [], null, null, null, signal);
        var resolution = new ResolutionResult([], [new ResolvedCitation(mention, 0, CaseKey, null)], []);

        var treatment = Assert.Single(new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, "majority"), resolution).Citations);

        Assert.Equal(relation, Relations.Name(treatment.Relation));
        Assert.Equal(cue, treatment.Cue);
    }

    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("See Smith.", 4, 500)]
    [InlineData("See Smith.", -3, 2)]
    [InlineData("...;;;,,,", 0, 9)]
    [InlineData("no sentence ends here and the citation is at the very end smith", 59, 5)]
    public void Classify_JunkOrBadSpans_NeverThrows(string text, int start, int length)
    {
        var result = new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, "majority"), ResolutionOf(new TextSpan(start, length)));

        Assert.Equal(result.Citations.Count, result.Pairs.Sum(p => p.Count));
        Assert.True(result.Citations.Count + result.Diagnostics.Count == 1, "each citation is labelled or reported");
    }

    [Fact]
    public void Classify_UnresolvedCitation_IsSkipped()
    {
        const string text = "See Smith v. Jones, 123 U.S. 456 (1990).";
        var mention = new CaseMention(0, CitationForm.Full, new TextSpan(4, 35), null, "Smith v. Jones", [], null, null, null, "see");
        var resolution = new ResolutionResult([], [new ResolvedCitation(mention, 0, null, "no name")], []);

        var result = new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, "majority"), resolution);

        Assert.Empty(result.Citations);
        Assert.Empty(result.Pairs);
    }

    /// <summary>One line holding hundreds of citations (crawl damage can join a decision's paragraphs): every
    /// citation keeps its label, and the work done on words (<see cref="WordTable.Steps"/>, counted rather than
    /// timed) grows linearly with the citations. The classifier once rescanned the line for each citation: 1,600
    /// citations took 0.94 s, 3,200 about four times that.</summary>
    [Theory]
    [InlineData("There are many such cases: ", "Smith v. Jones, 123 U.S. 456, 460 (1990); ", "plain citation")]
    [InlineData("Officers are immune: ", "see Smith v. Jones, 123 U.S. 456, 460 (1990); ", "see")]
    [InlineData("officers are immune ", "smith jones,", "plain citation")]
    public void Classify_OneLineOfManyCitations_WorkGrowsLinearly(string lead, string citation, string cue)
    {
        var (small, smallSteps) = ClassifyLine(lead, citation, 400);
        var (large, largeSteps) = ClassifyLine(lead, citation, 1600);

        Assert.Equal(400, small.Citations.Count);
        Assert.Equal(1600, large.Citations.Count);
        var odd = large.Citations.Select((t, i) => (t, i)).Skip(2).Where(p => p.t.Cue != cue).Select(p => $"{p.i}:{p.t.Cue}/{p.t.Relation}").ToList();
        Assert.True(odd.Count == 0, string.Join(", ", odd));
        Assert.True(largeSteps <= 4.5 * smallSteps, $"{smallSteps} steps for 400 citations, {largeSteps} for 1,600");
    }

    private static (TreatmentResult Result, long Steps) ClassifyLine(string lead, string citation, int count)
    {
        var text = lead + string.Concat(Enumerable.Repeat(citation, count)) + "and so on.";
        var length = citation.TrimEnd(' ', ';', ',').Length;
        var spans = Enumerable.Range(0, count).Select(i => new TextSpan(lead.Length + i * citation.Length, length)).ToArray();
        var result = new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, "majority"), ResolutionOf(spans), null, out var steps);
        return (result, steps);
    }
}
