using PrecedentGraph.Citations;

namespace PrecedentGraph.Tests.Citations;

public class CaseKeyBuilderTests
{
    [Theory]
    [InlineData("Malley v. Briggs", "Malley v. Briggs", "malley-v-briggs")]
    [InlineData("Leach v. Three of the King's Messengers", "Leach v. Three of the King Messengers", "leach-v-three-of-the-king-messengers")]
    [InlineData("O'Connor v. Donaldson", "O'Connor v. Donaldson", "oconnor-v-donaldson")]
    [InlineData("Lo-Ji Sales, Inc. v. New York", "Sales, Inc. v. New York", "sales-v-new-york")]
    [InlineData("Adickes v. S. H. Kress & Co.", "Adickes v. Kress, Co.", "adickes-v-kress")]
    [InlineData("United States v. Leon", "United States v. Leon", "united-states-v-leon")]
    public void FromLabel_RawAndNormalizedLabels_GiveTheSameKey(string raw, string normalized, string key)
    {
        Assert.Equal(key, CaseKeyBuilder.FromLabel(raw));
        Assert.Equal(key, CaseKeyBuilder.FromLabel(normalized));
    }

    [Theory]
    [InlineData("United States v. Ortega-Vance", "united-states-v-ortegavance")]
    [InlineData("United States v. Brandt-Oliva", "united-states-v-brandtoliva")]
    [InlineData("Ortega-Vance v. Texas", "ortegavance-v-texas")]
    public void FromLabel_PartyOfHyphenatedWordsOnly_KeepsTheParty(string label, string key)
    {
        Assert.Equal(key, CaseKeyBuilder.FromLabel(label));
    }
}
