using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>The cases a document cites in full, with what resolution looks them up by: key, reporter
/// citation, name words, distinctive party words, and the opinions citing each.</summary>
internal sealed class CaseDirectory
{
    private sealed class Entry(string key, string label)
    {
        public string Key { get; } = key;
        public string Label { get; set; } = label;
        public List<ReporterCitation> Reporters { get; } = [];
        public int? Year { get; set; }
        public string[] Words { get; set; } = [];
        public HashSet<int> Opinions { get; } = [];
    }

    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly List<Entry> order = [];
    private readonly Dictionary<string, List<Entry>> byVolume = new(StringComparer.Ordinal);

    /// <summary>For each name word, the cases whose name holds it, in the order they were added: a name is looked up
    /// among the cases holding its first word, not in every case of the document.</summary>
    private readonly Dictionary<string, List<Entry>> byWord = new(StringComparer.Ordinal);

    public bool Contains(string key) => entries.ContainsKey(key);

    /// <summary>Adds or enriches a case; returns its key.</summary>
    public string Add(string key, string label, IReadOnlyList<ReporterCitation> reporters, int? year, int opinion, bool labelHasCapitals)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            entry = new Entry(key, label) { Words = CaseNameForms.Words(label) };
            entries[key] = entry;
            order.Add(entry);
            foreach (var word in entry.Words)
            {
                if (!byWord.TryGetValue(word, out var holders))
                {
                    byWord[word] = holders = [];
                }
                if (holders.Count == 0 || holders[^1] != entry)
                {
                    holders.Add(entry);
                }
            }
        }
        else if (labelHasCapitals && entry.Label.All(c => !char.IsUpper(c)))
        {
            entry.Label = label;
        }
        foreach (var reporter in reporters)
        {
            if (!entry.Reporters.Any(r => Same(r, reporter)))
            {
                entry.Reporters.Add(reporter);
                var volume = VolumeKey(reporter);
                if (!byVolume.TryGetValue(volume, out var list))
                {
                    byVolume[volume] = list = [];
                }
                list.Add(entry);
            }
        }
        entry.Year ??= year;
        entry.Opinions.Add(opinion);
        return key;
    }

    public void NoteOpinion(string key, int opinion)
    {
        if (entries.TryGetValue(key, out var entry))
        {
            entry.Opinions.Add(opinion);
        }
    }

    /// <summary>The case holding exactly this reporter citation, if any.</summary>
    public string? FindByCitation(ReporterCitation citation) =>
        byVolume.TryGetValue(VolumeKey(citation), out var list) ? list.FirstOrDefault(e => e.Reporters.Any(r => Same(r, citation)))?.Key : null;

    /// <summary>Cases in the same volume of the same reporter whose first page is at or before the pin.</summary>
    public IReadOnlyList<string> FindByVolume(ReporterCitation citation, string? pin)
    {
        if (!byVolume.TryGetValue(VolumeKey(citation), out var list))
        {
            return [];
        }
        var pinPage = Page(pin);
        var candidates = list.Distinct().ToList();
        if (candidates.Count > 1 && pinPage is { } p)
        {
            var before = candidates
                .Select(e => (Entry: e, First: e.Reporters.Where(r => VolumeKey(r) == VolumeKey(citation)).Select(r => Page(r.Page) ?? 0).Max()))
                .Where(x => x.First <= p)
                .OrderByDescending(x => x.First)
                .ToList();
            if (before.Count > 0)
            {
                return [before[0].Entry.Key];
            }
        }
        return candidates.Select(e => e.Key).ToList();
    }

    /// <summary>Cases whose name holds <paramref name="words"/> in order (a party, a surname, a whole name).</summary>
    public IReadOnlyList<string> FindByName(IReadOnlyList<string> words)
    {
        var result = new List<string>();
        if (words.Count == 0)
        {
            return result;
        }
        if (!byWord.TryGetValue(words[0], out var holders))
        {
            return result;
        }
        foreach (var entry in holders)
        {
            if (ContainsRun(entry.Words, words))
            {
                result.Add(entry.Key);
            }
        }
        return result;
    }

    /// <summary>Of <paramref name="keys"/>, those cited in full in <paramref name="opinion"/>.</summary>
    public IReadOnlyList<string> InOpinion(IReadOnlyList<string> keys, int opinion) =>
        keys.Where(k => entries[k].Opinions.Contains(opinion)).ToList();

    public IReadOnlyList<CitedCase> Cases() =>
        order.Select(e =>
        {
            var citations = e.Reporters
                .Select((r, i) => (Reporter: r, Rank: ReporterCatalog.Rank(r.Reporter), Seen: i))
                .OrderBy(x => x.Rank).ThenBy(x => x.Seen)
                .Select(x => x.Reporter.ToString())
                .ToList();
            return new CitedCase(e.Key, e.Label, citations.FirstOrDefault(), citations, e.Year);
        }).ToList();

    private static bool ContainsRun(string[] haystack, IReadOnlyList<string> needle)
    {
        for (var i = 0; i + needle.Count <= haystack.Length; i++)
        {
            var same = true;
            for (var k = 0; k < needle.Count && same; k++)
            {
                same = haystack[i + k] == needle[k];
            }
            if (same)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Same volume, page and reporter; a blank page ("563 U.S. ___") identifies no case.</summary>
    private static bool Same(ReporterCitation a, ReporterCitation b) =>
        a.Page.Length > 0 && char.IsDigit(a.Page[0]) && a.Volume == b.Volume && a.Page == b.Page && ReporterCatalog.Compact(a.Reporter) == ReporterCatalog.Compact(b.Reporter);

    private static string VolumeKey(ReporterCitation citation) => citation.Volume + " " + ReporterCatalog.Compact(citation.Reporter);

    private static int? Page(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var digits = new string(text.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) ? page : null;
    }
}
