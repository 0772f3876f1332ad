using PrecedentGraph.Arguments;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

public class PartReferenceResolverTests
{
    private static readonly string[] Roman =
    [
        "I", "The officers obtained a warrant for the garage.", "II", "A", "The search of the garage was reasonable.", "B",
        "The seizure of the ledgers was lawful.", "III", "The judgment is reversed.",
    ];

    private static readonly string[] Numbered =
        ["(1)", "The officers obtained a warrant for the garage.", "(2)", "The search of the garage was reasonable.", "(3)", "The seizure of the ledgers was lawful."];

    /// <summary>The opinion of the given lines (one paragraph each) and the resolver over it.</summary>
    private static (PartReferenceResolver Resolver, Opinion Opinion, string[] Lines) Build(string[] lines, InputForm form)
    {
        var shown = form == InputForm.Raw ? lines : lines.Select(Excerpts.Normalize).ToArray();
        var paragraphs = new List<Paragraph>();
        var start = 0;
        for (var i = 0; i < shown.Length; i++)
        {
            paragraphs.Add(new Paragraph(i, new TextSpan(start, shown[i].Length), false));
            start += shown[i].Length + 1;
        }
        var document = ExcerptSegmentation.Document(string.Join("\n", shown), form);
        var opinion = new Opinion(0, OpinionKind.Majority, "White", [], [], new TextSpan(0, document.Text.Length), paragraphs);
        return (new PartReferenceResolver(document), opinion, lines);
    }

    /// <summary>Parts named as parts of the opinion give the paragraphs under their headings (a letter under its
    /// numeral); parts excepted ("all but Part III") or parts of nothing named give none. Normalized text keeps
    /// the numerals and letters (lowercase) but drops the numbers in parentheses.</summary>
    [Theory]
    [InlineData(InputForm.Raw, "I concur in Parts I and II(A) of the Court's opinion.", "The officers obtained|The search of the garage")]
    [InlineData(InputForm.Normalized, "I concur in Parts I and II(A) of the Court's opinion.", "The officers obtained|The search of the garage")]
    [InlineData(InputForm.Raw, "If, as the Court holds in Part II-B of its opinion, the ledgers were in view, Part III is surplusage.", "The seizure of the ledgers")]
    [InlineData(InputForm.Raw, "I agree with the conclusion in Part II of the prevailing opinion.", "The search of the garage|The seizure of the ledgers")]
    [InlineData(InputForm.Normalized, "I agree with the conclusion in Part II of the prevailing opinion.", "The search of the garage|The seizure of the ledgers")]
    [InlineData(InputForm.Raw, "Part II of the dissent suggests other courses the agents could have followed.", "The search of the garage|The seizure of the ledgers")]
    [InlineData(InputForm.Raw, "I join in all but Part III of the opinion, from which I dissent.", "")]
    [InlineData(InputForm.Raw, "The statute has two parts, and Part I of the Act governs here.", "")]
    public void Named_PartsOfTheOpinion_GivesTheirParagraphs(InputForm form, string reference, string expected)
    {
        var (resolver, opinion, lines) = Build(Roman, form);
        var text = form == InputForm.Raw ? reference : Excerpts.Normalize(reference);

        var named = resolver.Named(text, opinion).Order().Select(i => lines[i]).ToList();

        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(e => lines.Single(l => l.StartsWith(e, StringComparison.Ordinal))), named);
    }

    [Theory]
    [InlineData(InputForm.Raw, "The seizure of the ledgers|The search of the garage")]
    [InlineData(InputForm.Normalized, "")]
    public void Named_NumberedParts_GivesTheirParagraphsInRawTextOnly(InputForm form, string expected)
    {
        var (resolver, opinion, lines) = Build(Numbered, form);
        var text = "I reject this argument for the reasons stated in Parts (2) and (3) of the Court's opinion.";

        var named = resolver.Named(form == InputForm.Raw ? text : Excerpts.Normalize(text), opinion).Select(i => lines[i]).Order().ToList();

        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(e => lines.Single(l => l.StartsWith(e, StringComparison.Ordinal))).Order(), named);
    }
}
