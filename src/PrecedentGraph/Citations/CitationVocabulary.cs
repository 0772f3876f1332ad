namespace PrecedentGraph.Citations;

/// <summary>General word lists that citation rules rely on: signals, government parties, titles of persons,
/// given names, calendar words, function words, reporter remnants of normalized text. Generic English and
/// legal vocabulary only; no case names.</summary>
internal static class CitationVocabulary
{
    /// <summary>Signals that introduce a citation (lowercase, normalized spelling without periods).</summary>
    public static readonly WordSet Signals = Set(
        "see", "also", "cf", "contra", "quoting", "accord", "compare", "citing", "generally", "eg", "but", "with",
        "and", "overruled", "overruling", "reversed", "affirmed", "aff", "rev", "cert", "denied", "vacated",
        "cited", "quoted", "in", "relying", "following", "under", "of", "on", "from", "by");

    /// <summary>Signals that make what follows a citation for sure.</summary>
    public static readonly WordSet StrongSignals = Set(
        "see", "also", "cf", "contra", "quoting", "accord", "compare", "citing", "generally", "eg", "overruling");

    /// <summary>Words that start a signal run at a clause start ("see also", "but see", "quoting").</summary>
    public static readonly WordSet LeadingSignals = Set(
        "see", "also", "cf", "contra", "quoting", "accord", "compare", "citing", "generally", "eg", "but", "with",
        "and", "overruling", "cited", "quoted", "in", "relying", "following", "on");

    /// <summary>Words after which a case name may begin inside a sentence ("the standard of", "relying on").</summary>
    public static readonly WordSet Introducers = Set(
        "of", "in", "on", "see", "also", "cf", "quoting", "citing", "accord", "compare", "contra", "from", "with",
        "under", "by", "following", "overruling", "overruled", "distinguishing", "applying", "including", "discussing", "dissenting", "concurring", "like", "unlike", "cites", "mention", "mentioning", "explaining", "describing", "noting", "holding", "rejecting", "approving", "construing", "through", "following", "per", "unlike", "cites", "cite", "called", "against", "added", "omitted", "original",
        "curiam", "banc", "marks");

    /// <summary>U.S. states and territories, lowercase.</summary>
    public static readonly string[] States =
    [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
        "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
        "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "puerto rico",
        "district of columbia", "guam",
    ];

    /// <summary>Parties that are governments or the public ("United States", "People", "Commonwealth").</summary>
    public static readonly string[] GovernmentParties =
    [
        "united states", "people", "commonwealth", "state", "the people", "the state",
    ];

    /// <summary>Words that open a government party followed by "of" and a place ("City of Tampa").</summary>
    public static readonly WordSet PlacePrefixes = Set(
        "city", "county", "town", "village", "borough", "township", "parish", "state", "commonwealth", "district",
        "board", "school", "territory", "municipality");

    /// <summary>Titles that make the next word a person, not a case ("Judge", "Mrs.", "Trooper").</summary>
    public static readonly WordSet Titles = Set(
        "judge", "justice", "justices", "trooper", "officer", "officers", "detective", "sergeant", "lieutenant",
        "captain", "mr", "mrs", "ms", "miss", "dr", "lord", "lady", "sir", "president", "senator", "governor",
        "secretary", "professor", "chief", "agent", "agents", "deputy", "sheriff", "mayor", "congressman",
        "congresswoman", "representative", "reverend", "dean", "commissioner", "attorney", "counsel", "general",
        "colonel", "major", "corporal", "private", "special", "assistant", "solicitor", "chancellor", "baron",
        "father", "sister", "brother", "patrolman", "inspector", "warden", "director",
        "administrator", "chairman", "ambassador", "admiral", "marshal", "constable", "magistrate", "juror",
        "petitioner", "respondent", "petitioners", "respondents", "plaintiff", "defendant", "appellant", "appellee");

    /// <summary>Common given names (a run starting with one is a person, not a case, unless citation syntax
    /// says otherwise). Names that are as often surnames are left out.</summary>
    public static readonly WordSet GivenNames = Set(
        "john", "robert", "michael", "william", "david", "richard", "joseph", "charles", "christopher", "daniel",
        "matthew", "anthony", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "timothy",
        "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen",
        "larry", "justin", "brandon", "benjamin", "samuel", "gregory", "alexander", "patrick", "raymond", "dennis",
        "jerry", "tyler", "aaron", "jose", "adam", "nathan", "zachary", "peter", "kyle", "ethan", "noah", "jeremy",
        "keith", "roger", "terry", "gerald", "harold", "sean", "carl", "dylan", "jesse", "bryan", "billy", "joe",
        "bruce", "gabriel", "albert", "willie", "alan", "juan", "elijah", "randy", "roy", "vincent", "ralph",
        "eugene", "bobby", "philip", "louis", "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara",
        "susan", "jessica", "sarah", "karen", "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly",
        "emily", "donna", "michelle", "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca",
        "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma",
        "nicole", "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine",
        "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "victoria", "lauren", "christina",
        "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria",
        "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice", "jean", "abigail", "alice", "judy",
        "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa",
        "diana", "natalie", "brittany", "charlotte", "marie", "kayla", "alexis", "lori", "jimmy", "jim", "bob",
        "bill", "tom", "mike", "dave", "jeff", "steve", "tony", "chris", "dan", "ben", "sam", "ed", "fred", "harry",
        "jack", "ted", "tim", "rick", "ron", "don", "ken", "pat", "sue", "beth", "kate", "jane", "anne", "ellen",
        "eleanor", "dolores", "rosa", "carmen", "manuel", "carlos", "luis", "jorge", "pedro", "miguel", "antonio",
        "francisco", "ricardo", "roberto", "fernando", "sergio", "hector", "javier", "leonard", "howard", "stanley",
        "herbert", "norman", "ernest", "earl", "leroy", "lloyd", "melvin", "clarence", "harvey", "irving", "seymour",
        "frank", "george", "walter", "harry", "francis", "edwin", "irwin", "hubert", "marvin", "nathaniel", "oscar", "sidney",
        "sylvia", "vernon", "wilbur");

    /// <summary>Words that follow a person acting in a narrative ("smith had", "jones later met"): a name seen
    /// before them again and again is a person of the story, not a case.</summary>
    public static readonly WordSet ActorVerbs = Set(
        "was", "had", "has", "is", "did", "told", "said", "showed", "fired", "pointed", "met", "lived", "went", "called",
        "then", "later", "also", "nonetheless", "drafted", "conducted", "confirmed", "learned", "submitted", "testified",
        "asked", "admitted", "returned", "arrived", "left", "shot", "attacked", "escaped", "sought", "filed", "moved",
        "believed", "knew", "saw", "heard", "received", "wrote", "included", "obtained", "requested", "described",
        "explained", "informed", "showed", "tried", "threatened", "yelled", "owned", "resided", "stayed", "worked");

    /// <summary>Months and days: "in december," is a date, not a case.</summary>
    public static readonly WordSet CalendarWords = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "english",
        "american", "americans", "british", "french", "german", "roman", "latin", "christian", "christmas",
        "federalist", "constitution", "congress", "senate", "house", "committee", "cong", "sess", "rep", "doc");

    /// <summary>Words that make what follows a government party one of its courts or offices ("united states district
    /// court", "state attorney general"), not a second party.</summary>
    public static readonly WordSet GovernmentOffices = Set(
        "district", "court", "courts", "supreme", "circuit", "attorney", "attorneys", "government", "code", "constitution",
        "congress", "army", "navy", "marshal", "marshals", "magistrate", "bankruptcy", "claims", "tax", "customs", "postal",
        "senate", "house", "department", "dept", "trustee", "history", "reports", "reporter", "legislature", "general",
        "law", "laws", "statutes", "treasury", "commission", "board", "agency", "official", "officials", "officers", "police");

    /// <summary>Calendar words that name a people, a language or a body ("american", "congress"): prose when alone,
    /// but common inside party names ("grosjean american press co.", "library of congress shaw"), where they count
    /// as common words, never as the proper word a name needs.</summary>
    public static readonly WordSet InstitutionWords = Set(
        "american", "english", "british", "french", "german", "roman", "latin", "christian", "congress", "senate", "house",
        "committee");

    /// <summary>What normalization leaves of an abbreviation's apostrophe ("Comm'n" gives "comm n", "Int'l" gives
    /// "int l"): the stem, then the letters after the apostrophe, which stay one word of a name.</summary>
    public static readonly WordSet ContractionStems = Set("comm", "int", "nat", "ass", "dep", "gov", "att", "sec", "dist", "educ", "govt", "mfrs", "prof");

    /// <summary>The letters after an abbreviation's apostrophe ("n" of "comm n", "rs" of "comm rs").</summary>
    public static readonly WordSet ContractionEnds = Set("n", "l", "t", "rs", "y", "s", "ns");

    /// <summary>Function words that never stand in a case name.</summary>
    public static readonly WordSet StopWords = Set(
        "a", "an", "we", "i", "he", "she", "it", "they", "you", "is", "was", "are", "were", "be", "been", "being",
        "that", "this", "which", "who", "whom", "whose", "to", "at", "by", "for", "from", "on", "in", "with", "as",
        "but", "or", "and", "not", "no", "nor", "if", "when", "our", "his", "her", "its", "their", "there", "here",
        "has", "have", "had", "do", "does", "did", "would", "could", "should", "may", "might", "must", "can",
        "will", "shall", "also", "only", "even", "so", "such", "than", "then", "thus", "because", "since", "while",
        "whether", "what", "how", "any", "all", "each", "some", "these", "those", "upon", "into", "about", "after",
        "before", "under", "over", "between", "against", "without", "within", "where", "why", "see", "cf",
        "supra", "infra", "ante", "post", "ibid", "id", "at", "quoting", "citing", "accord", "compare", "contra",
        "however", "moreover", "furthermore", "therefore", "accordingly", "indeed", "first", "second", "third",
        "finally", "rather", "us", "him", "them", "me", "my", "your", "other", "both", "sic", "passim", "part", "parts",
        "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "same", "generally", "ca", "cir", "cum", "neither", "either", "rev", "supp", "nov", "apr", "sept", "oct", "dec", "jan",
        "feb", "mar", "aug", "eds", "ann", "comp", "stat", "evid", "sec", "soc", "contemp", "def", "html", "com", "org",
        "per", "curiam", "et", "al", "seq", "footnote", "footnotes", "emphasis", "added", "omitted", "internal",
        "quotation", "marks", "brackets", "alterations", "slip", "op", "note", "n", "nn", "pp", "p", "app", "brief",
        "tr", "arg", "record", "petition", "cert", "hereafter", "hereinafter", "said", "held", "stated", "noted");

    /// <summary>Words of statute books and court rules ("cal.code civ.proc.ann."): never in a case name.</summary>
    public static readonly WordSet CodeWords = Set("civ", "proc", "crim", "codes", "ann", "stat", "stats", "prac", "evid", "cfr", "subpt", "usc", "supp",
        "circuit", "circuits", "join", "joins", "joined", "concurs", "dissents", "section", "sections", "exh", "treatise",
        "handbook", "commentaries", "digest", "manual");

    /// <summary>Words before "district" that make it a federal court ("southern district of new york").</summary>
    public static readonly WordSet CourtDirections = Set("northern", "southern", "eastern", "western", "middle", "central");

    /// <summary>Nouns that, standing alone after a name, make it a doctrine or a thing named after a case or a
    /// party ("the doe standard", "doe itself"), not a second party.</summary>
    public static readonly WordSet NotPartyNouns = Set(
        "standard", "standards", "rule", "rules", "doctrine", "test", "line", "list", "complaint", "itself", "jurisprudence",
        "act", "path", "analysis", "framework", "opinion", "decision", "case", "approach", "inquiry", "exception",
        "requirement", "principle", "formulation", "majority", "plurality", "dissent", "holding", "language",
        "provision", "plan", "statute", "amendment", "clause", "gang", "subsidiary", "counsel", "corps", "decree",
        "remedy", "regime", "cases", "era", "opinions", "memorandum", "report", "affidavit", "warrant", "dictionary",
        "encyclopedia", "thesaurus", "treatise", "handbook", "commentaries", "digest", "commentary", "journal", "magazine");

    /// <summary>Words that open a two-word place ("los angeles", "san diego"): one name, not two parties.</summary>
    public static readonly WordSet PlaceOpeners = Set(
        "los", "las", "san", "santa", "el", "fort", "port", "mount", "lake", "saint", "sao", "costa", "puerto", "nova",
        "magna", "virgin", "des", "baton", "corpus", "prima", "ita", "per");

    /// <summary>Words of book titles: a clause holding one after a name makes the name an author ("doe roe,federal
    /// practice and procedure").</summary>
    public static readonly WordSet BookWords = Set(
        "law", "practice", "procedure", "treatise", "commentaries", "handbook", "evidence", "history", "digest",
        "manual", "dictionary", "pleas", "jurisprudence", "principles");

    /// <summary>Connectors allowed inside a case name ("City of Tampa", "Three of the King's Messengers").</summary>
    public static readonly WordSet NameConnectors = Set("of", "the", "for", "ex", "rel", "re", "parte", "de", "la", "von", "van", "del", "da", "le", "du", "st");

    /// <summary>Corporate suffixes ("inc", "co") that end a party in normalized text ("estates,inc.sierra").</summary>
    public static readonly WordSet CorporateSuffixes = Set("inc", "co", "corp", "ltd", "llc", "assn", "bros", "cos");

    /// <summary>Reporter and court abbreviations that survive normalization as "word." after a case name
    /// ("doe roe,how.", "bell keepers,kan."): historical and state reporters.</summary>
    public static readonly WordSet ReporterRemnants = Set(
        "how", "wall", "cranch", "dall", "pet", "wheat", "black", "otto", "supp", "stew", "ala", "kan", "me", "mass",
        "ind", "cal", "ill", "ohio", "mich", "wis", "minn", "iowa", "vt", "conn", "md", "va", "ga", "mo", "ark",
        "ky", "tenn", "tex", "wash", "ore", "colo", "neb", "nev", "wyo", "mont", "idaho", "okla", "la", "miss",
        "fla", "del", "haw", "misc", "div", "wend", "johns", "barb", "hill", "denio", "paige", "binn", "serg",
        "rawle", "watts", "whart", "cush", "met", "pick", "tyng", "gray", "mete", "eng", "rep", "st", "ex", "bing",
        "cas", "cir", "dist", "ct", "app", "rptr", "atl", "so", "ed", "pa", "nh", "nj", "ny", "nc", "sc",
        "ri", "wva", "fed", "cl", "bkrtcy", "vet", "ariz", "utah", "alaska", "harr", "houst",
        "munf", "leigh", "gratt", "sneed", "yerg", "humph", "swan", "mart",
        "porter", "blackf", "scam", "gilm", "breese", "dana", "bibb", "litt", "marsh", "ves",
        "salk", "raym", "burr", "mod", "keb", "lev", "sid", "vent", "salk", "wils", "cowp", "dougl",
        "durn", "taunt", "esp", "moo", "bos", "bro", "mees", "wels", "dowl", "adol", "nev",
        "gr", "jur", "tr", "kb", "qb", "ch", "ad", "ab", "sup", "el", "bl", "asp", "ann");

    private static WordSet Set(params string[] words) => new(words);
}
