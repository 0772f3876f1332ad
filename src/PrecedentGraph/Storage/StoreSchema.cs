namespace PrecedentGraph.Storage;

/// <summary>The store's schema as ordered migrations. A database records the last migration applied in
/// <c>schema_version</c>; opening runs the ones after it, each in its own transaction. Never edit a
/// published migration: add the next one. Document text is stored once, Brotli-compressed, in documents.text
/// (SQL users read it with the function <c>document_text(documents.text)</c>); paragraphs, arguments and
/// mentions are spans into it, evidence sentences are stored as text, once per document (edges refer to them). An edge's source_node
/// is NULL where opinion_id or argument_id names it, its target_node NULL where case_id does.</summary>
internal static class StoreSchema
{
    /// <summary>The schema version this build writes and reads.</summary>
    public static int CurrentVersion => Migrations.Count;

    /// <summary>Migration N (1-based) is <c>Migrations[N - 1]</c>.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 1: the corpus: documents, decisions, opinions, justices, cases, provisions, arguments, edges, mentions.
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            input_form TEXT NOT NULL,
            format TEXT NOT NULL,
            characters INTEGER NOT NULL,
            ingested_at TEXT NOT NULL,
            text BLOB NOT NULL);
        CREATE INDEX documents_hash ON documents(content_hash);

        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            primary_citation TEXT,
            year INTEGER,
            match_key TEXT NOT NULL);
        CREATE INDEX cases_match_key ON cases(match_key);
        CREATE INDEX cases_primary_citation ON cases(primary_citation);

        CREATE TABLE case_citations (
            citation TEXT NOT NULL,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            PRIMARY KEY (citation, case_id)) WITHOUT ROWID;
        CREATE INDEX case_citations_case ON case_citations(case_id);

        CREATE TABLE case_tokens (
            token TEXT NOT NULL,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            PRIMARY KEY (token, case_id)) WITHOUT ROWID;
        CREATE INDEX case_tokens_case ON case_tokens(case_id);

        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            slug TEXT NOT NULL,
            node_id TEXT NOT NULL,
            title TEXT NOT NULL,
            citation TEXT,
            year INTEGER,
            docket TEXT,
            date TEXT,
            preferred INTEGER NOT NULL DEFAULT 1);
        CREATE INDEX decisions_slug ON decisions(slug);
        CREATE INDEX decisions_case ON decisions(case_id, preferred);

        CREATE TABLE justices (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            node_id TEXT NOT NULL UNIQUE);

        CREATE TABLE opinions (
            id INTEGER PRIMARY KEY,
            decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
            node_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            label TEXT NOT NULL,
            author_id INTEGER REFERENCES justices(id),
            in_judgment INTEGER NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL);
        CREATE INDEX opinions_decision ON opinions(decision_id, ordinal);
        CREATE INDEX opinions_node ON opinions(node_id);
        CREATE INDEX opinions_author ON opinions(author_id);

        CREATE TABLE opinion_joiners (
            opinion_id INTEGER NOT NULL REFERENCES opinions(id) ON DELETE CASCADE,
            justice_id INTEGER NOT NULL REFERENCES justices(id),
            parts TEXT,
            PRIMARY KEY (opinion_id, justice_id)) WITHOUT ROWID;
        CREATE INDEX opinion_joiners_justice ON opinion_joiners(justice_id);

        CREATE TABLE provisions (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL);

        CREATE TABLE paragraphs (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            opinion_id INTEGER REFERENCES opinions(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            is_footnote INTEGER NOT NULL);
        CREATE INDEX paragraphs_document ON paragraphs(document_id, ordinal);
        CREATE INDEX paragraphs_opinion ON paragraphs(opinion_id);

        CREATE TABLE arguments (
            id INTEGER PRIMARY KEY,
            opinion_id INTEGER NOT NULL REFERENCES opinions(id) ON DELETE CASCADE,
            node_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            decision_index INTEGER NOT NULL,
            role TEXT NOT NULL,
            label TEXT NOT NULL,
            paragraph INTEGER NOT NULL,
            disposition TEXT,
            cue TEXT NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL);
        CREATE INDEX arguments_opinion ON arguments(opinion_id, ordinal);
        CREATE INDEX arguments_paragraph ON arguments(opinion_id, paragraph);

        CREATE TABLE issues (
            id INTEGER PRIMARY KEY,
            decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            name TEXT NOT NULL,
            terms TEXT NOT NULL);
        CREATE INDEX issues_decision ON issues(decision_id, ordinal);

        CREATE TABLE issue_arguments (
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            argument_id INTEGER NOT NULL REFERENCES arguments(id) ON DELETE CASCADE,
            PRIMARY KEY (issue_id, argument_id)) WITHOUT ROWID;
        CREATE INDEX issue_arguments_argument ON issue_arguments(argument_id);

        CREATE TABLE positions (
            opinion_id INTEGER NOT NULL REFERENCES opinions(id) ON DELETE CASCADE,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            position TEXT NOT NULL,
            PRIMARY KEY (opinion_id, issue_id)) WITHOUT ROWID;
        CREATE INDEX positions_issue ON positions(issue_id);

        CREATE TABLE edges (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            source_node TEXT,
            target_node TEXT,
            relation TEXT NOT NULL,
            opinion_id INTEGER REFERENCES opinions(id) ON DELETE CASCADE,
            argument_id INTEGER REFERENCES arguments(id) ON DELETE CASCADE,
            case_id INTEGER REFERENCES cases(id),
            provision_id INTEGER REFERENCES provisions(id),
            count INTEGER,
            quoted INTEGER,
            confidence REAL,
            cue TEXT);
        CREATE INDEX edges_document ON edges(document_id, ordinal);
        CREATE INDEX edges_case ON edges(case_id, relation);
        CREATE INDEX edges_opinion ON edges(opinion_id, case_id);
        CREATE INDEX edges_argument ON edges(argument_id);
        CREATE INDEX edges_provision ON edges(provision_id);

        CREATE TABLE evidence_sentences (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER,
            length INTEGER,
            text TEXT NOT NULL);
        CREATE INDEX evidence_sentences_document ON evidence_sentences(document_id);

        CREATE TABLE edge_evidence (
            edge_id INTEGER NOT NULL REFERENCES edges(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            sentence_id INTEGER NOT NULL,
            PRIMARY KEY (edge_id, ordinal)) WITHOUT ROWID;

        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            opinion_id INTEGER REFERENCES opinions(id) ON DELETE CASCADE,
            case_id INTEGER REFERENCES cases(id),
            ordinal INTEGER NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            sentence_start INTEGER,
            sentence_length INTEGER,
            form TEXT NOT NULL,
            signal TEXT,
            pin_cite TEXT,
            unresolved_reason TEXT);
        CREATE INDEX mentions_document ON mentions(document_id, ordinal);
        CREATE INDEX mentions_case ON mentions(case_id);
        CREATE INDEX mentions_opinion ON mentions(opinion_id);
        """,

        // 2: full-text search over paragraphs. Contentless (the text is stored once, compressed, in documents) with
        // column detail: words, not positions, which keeps the index small. StoreMigrator indexes existing paragraphs.
        """
        CREATE VIRTUAL TABLE paragraph_search USING fts5(text, content='', contentless_delete=1, detail=column, tokenize='unicode61 remove_diacritics 2');
        """,

        // 3: the citation summary, computed at the end of an ingest: per case its citing opinions, citing decisions and
        // PageRank (`most-cited`), and the case-level citation network as adjacency lists (`path`): per case, the cases it
        // cites and the cases citing it, each with the first edge, packed as little-endian (case id, edge id) int64 pairs
        // in edge order (one row read per case visited). store_state counts changes ('generation'); the summary records the generation it was
        // computed at ('summary_generation') and is used only while the two agree.
        """
        CREATE TABLE store_state (
            key TEXT NOT NULL PRIMARY KEY,
            value INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE case_ranks (
            case_id INTEGER NOT NULL PRIMARY KEY,
            opinions INTEGER NOT NULL,
            decisions INTEGER NOT NULL,
            page_rank REAL NOT NULL);
        CREATE INDEX case_ranks_order ON case_ranks(decisions DESC, opinions DESC, page_rank DESC, case_id);
        CREATE TABLE citation_adjacency (
            case_id INTEGER NOT NULL PRIMARY KEY,
            cites BLOB,
            cited_by BLOB);
        """,

        // 4: the extractor build that analysed each document (AnalyzerVersion): an ingest analyses again a stored file
        // whose build differs, so an upgrade never leaves old analyses behind. Rows from before get '' (stale).
        """
        ALTER TABLE documents ADD COLUMN analyzer TEXT NOT NULL DEFAULT '';
        """,
    ];
}
