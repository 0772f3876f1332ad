using System.Globalization;
using System.Text;

namespace PrecedentGraph.Corpus;

/// <summary>Generates decisions in the FindLaw layout of the shared corpus, deterministically from a seed, for
/// scale runs beyond the real corpus. Later decisions cite earlier ones (full, short, supra and id. forms,
/// with signals), so the generated store is a citation network. Names are invented from syllables.</summary>
public sealed class SyntheticOpinionGenerator(int seed = 20120222)
{
    private static readonly string[] Syllables =
    [
        "bar", "col", "den", "fal", "gar", "hol", "ket", "lan", "mor", "nes", "pel", "quin", "ros", "sal",
        "tor", "ven", "wal", "yar", "zim", "ash", "bel", "cor", "dun", "eld", "fen", "gil", "har", "ing",
    ];

    private static readonly string[] Justices =
    [
        "Abbott", "Brandt", "Cole", "Dunmore", "Ellery", "Finch", "Garland", "Holt", "Irving",
    ];

    private static readonly string[] Signals = ["See", "See also", "Cf.", "But see", "Accord", "See generally", "Compare"];

    private static readonly string[] Prose =
    [
        "The question presented is whether the officers are entitled to qualified immunity.",
        "We have long held that the inquiry turns on the objective legal reasonableness of the action.",
        "The Court of Appeals reached a different conclusion, and we granted certiorari.",
        "That standard gives ample room for mistaken judgments by protecting all but the plainly incompetent.",
        "The warrant was supported by an affidavit describing the events in detail.",
        "Nothing in the record suggests that the magistrate abandoned the neutral and detached role.",
        "We therefore reverse the judgment of the Court of Appeals.",
    ];

    /// <summary>Generates <paramref name="count"/> decisions.</summary>
    public IEnumerable<SyntheticDocument> Generate(int count)
    {
        var random = new Random(seed);
        var cited = new List<(string Name, string Short, int Volume, int Page, int Year)>();
        for (var i = 0; i < count; i++)
        {
            var plaintiff = Name(random);
            var defendant = Name(random);
            var year = 1950 + i % 70;
            var volume = 300 + i / 40;
            var page = 1 + i % 40 * 20;
            var raw = Decision(random, plaintiff, defendant, year, i, cited);
            cited.Add(($"{plaintiff} v. {defendant}", plaintiff, volume, page, year));
            var name = $"synthetic-{i.ToString("D6", CultureInfo.InvariantCulture)}.txt";
            yield return new SyntheticDocument(name, raw, OpinionNormalizer.Normalize(raw));
        }
    }

    private static string Name(Random random)
    {
        var word = Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)];
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static string Decision(Random random, string plaintiff, string defendant, int year, int number,
        List<(string Name, string Short, int Volume, int Page, int Year)> earlier)
    {
        var text = new StringBuilder();
        var bench = Justices.OrderBy(_ => random.Next()).ToArray();
        var author = bench[0];
        var dissenter = bench[1];
        text.Append(CultureInfo.InvariantCulture,
            $"United States Supreme Court {plaintiff.ToUpperInvariant()} v. {defendant.ToUpperInvariant()}, ({year}) No. {number % 900 + 10}-{number % 1000 + 100} Argued: January 10, {year}    Decided: March 3, {year}\r\n");
        text.Append("The petitioner sought review of a judgment denying qualified immunity. The Court of Appeals affirmed.\r\n");
        text.Append(CultureInfo.InvariantCulture,
            $"{author.ToUpperInvariant()}, J., delivered the opinion of the Court, in which {bench[2].ToUpperInvariant()}, {bench[3].ToUpperInvariant()}, and {bench[4].ToUpperInvariant()}, JJ., joined. {dissenter.ToUpperInvariant()}, J., filed a dissenting opinion, in which {bench[5].ToUpperInvariant()}, J., joined.\r\n");
        text.Append(CultureInfo.InvariantCulture, $"JUSTICE {author.ToUpperInvariant()} delivered the opinion of the Court.\r\n");
        for (var paragraph = 0; paragraph < 6; paragraph++)
        {
            text.Append(Paragraph(random, earlier)).Append("\r\n");
        }
        text.Append(CultureInfo.InvariantCulture,
            $"JUSTICE {dissenter.ToUpperInvariant()}, with whom JUSTICE {bench[5].ToUpperInvariant()} joins, dissenting.\r\n");
        for (var paragraph = 0; paragraph < 3; paragraph++)
        {
            text.Append(Paragraph(random, earlier)).Append("\r\n");
        }
        return text.ToString();
    }

    private static string Paragraph(Random random, List<(string Name, string Short, int Volume, int Page, int Year)> earlier)
    {
        var text = new StringBuilder();
        (string Name, string Short, int Volume, int Page, int Year)? last = null;
        for (var sentence = 0; sentence < 5; sentence++)
        {
            text.Append(Prose[random.Next(Prose.Length)]).Append(' ');
            if (earlier.Count == 0 || random.Next(3) == 0)
            {
                continue;
            }
            var pick = earlier[random.Next(Math.Max(0, earlier.Count - 400), earlier.Count)];
            var pin = pick.Page + random.Next(1, 12);
            switch (random.Next(4))
            {
                case 0 when last is not null:
                    text.Append(CultureInfo.InvariantCulture, $"Id., at {last.Value.Page + 2}. ");
                    continue;
                case 1 when last is not null && last.Value.Name != pick.Name:
                    text.Append(CultureInfo.InvariantCulture, $"{last.Value.Short}, supra, at {last.Value.Page + 3}. ");
                    continue;
                default:
                    var signal = Signals[random.Next(Signals.Length)];
                    text.Append(CultureInfo.InvariantCulture,
                        $"{signal} {pick.Name}, {pick.Volume} U. S. {pick.Page}, {pin} ({pick.Year}). ");
                    last = pick;
                    break;
            }
        }
        return text.ToString().TrimEnd();
    }
}
