package batch

// SchemaVersion is the version of Schema, kept in the database as
// PRAGMA user_version. Open refuses a database of a newer version and
// brings one of an older version up to date (version 2 added
// versions.made_as and divergences.confidence).
const SchemaVersion = 2

// migrations holds, for each schema version v from 1, the statements that
// bring a database of version v to version v+1.
var migrations = map[int][]string{
	1: {
		`ALTER TABLE versions ADD COLUMN made_as TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE divergences ADD COLUMN confidence REAL NOT NULL DEFAULT 0`,
	},
}

// Schema is the SQL that creates the batch database. Every statement is
// idempotent. Times are UTC text in the form 2006-01-02T15:04:05.000Z, so
// they sort as text and parse as ISO 8601.
//
// Tables:
//
//   - runs: one row per batch invocation (started_at, finished_at,
//     manifest, args as a JSON array, owner naming the process).
//   - stories: the work queue, one row per story: seq (manifest order),
//     reference_url, status (pending, done or failed), attempts, the lease
//     of the worker holding it (lease_owner, lease_until), error, and
//     updated_at.
//   - sources: the manifest rows of each story as enqueued (url, outlet,
//     role, ord with the reference at 0, line in the manifest).
//   - versions: one row per fetched version: status (ok or error), error,
//     article metadata (title, byline, published, words, paragraphs,
//     fetched_at, final_url, warnings), and for versions compared with the
//     reference the summary counts (material, cosmetic, added, dropped,
//     altered, truncated); compared is 1 when a comparison was made;
//     made_as says how the version was made from the reference (copy,
//     edit or retelling, align.Summary.Version).
//   - divergences: one row per difference between a version and its
//     story's reference, numbered by seq within the version; material is
//     1 or 0; ref_para and ver_para are paragraph indexes, -1 for the side
//     that lacks the claim; confidence is that of a material divergence
//     (align.Divergence.Confidence), 0 for a cosmetic one.
//   - bodies: the extracted text of each version, paragraphs separated by
//     a blank line, kept apart from versions so that exports of versions
//     stay small.
const Schema = `
CREATE TABLE IF NOT EXISTS runs (
	id          INTEGER PRIMARY KEY,
	started_at  TEXT NOT NULL,
	finished_at TEXT,
	manifest    TEXT NOT NULL DEFAULT '',
	args        TEXT NOT NULL DEFAULT '[]',
	owner       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS stories (
	story_id      TEXT PRIMARY KEY,
	seq           INTEGER NOT NULL,
	run_id        INTEGER REFERENCES runs(id),
	reference_url TEXT NOT NULL,
	status        TEXT NOT NULL DEFAULT 'pending'
	              CHECK (status IN ('pending', 'done', 'failed')),
	attempts      INTEGER NOT NULL DEFAULT 0,
	lease_owner   TEXT,
	lease_until   TEXT,
	error         TEXT NOT NULL DEFAULT '',
	updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS stories_seq ON stories(seq);
CREATE INDEX IF NOT EXISTS stories_queue ON stories(status, seq);

CREATE TABLE IF NOT EXISTS sources (
	story_id TEXT NOT NULL REFERENCES stories(story_id) ON DELETE CASCADE,
	url      TEXT NOT NULL,
	outlet   TEXT NOT NULL DEFAULT '',
	role     TEXT NOT NULL CHECK (role IN ('reference', 'version')),
	ord      INTEGER NOT NULL,
	line     INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (story_id, url)
);

CREATE TABLE IF NOT EXISTS versions (
	story_id   TEXT NOT NULL REFERENCES stories(story_id) ON DELETE CASCADE,
	url        TEXT NOT NULL,
	outlet     TEXT NOT NULL DEFAULT '',
	role       TEXT NOT NULL CHECK (role IN ('reference', 'version')),
	ord        INTEGER NOT NULL,
	status     TEXT NOT NULL CHECK (status IN ('ok', 'error')),
	error      TEXT NOT NULL DEFAULT '',
	title      TEXT NOT NULL DEFAULT '',
	byline     TEXT NOT NULL DEFAULT '',
	published  TEXT NOT NULL DEFAULT '',
	words      INTEGER NOT NULL DEFAULT 0,
	paragraphs INTEGER NOT NULL DEFAULT 0,
	fetched_at TEXT,
	final_url  TEXT NOT NULL DEFAULT '',
	warnings   TEXT NOT NULL DEFAULT '',
	compared   INTEGER NOT NULL DEFAULT 0,
	material   INTEGER NOT NULL DEFAULT 0,
	cosmetic   INTEGER NOT NULL DEFAULT 0,
	added      INTEGER NOT NULL DEFAULT 0,
	dropped    INTEGER NOT NULL DEFAULT 0,
	altered    INTEGER NOT NULL DEFAULT 0,
	truncated  INTEGER NOT NULL DEFAULT 0,
	made_as    TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (story_id, url)
);
CREATE INDEX IF NOT EXISTS versions_outlet ON versions(outlet, role, status);

CREATE TABLE IF NOT EXISTS divergences (
	story_id TEXT NOT NULL,
	url      TEXT NOT NULL,
	seq      INTEGER NOT NULL,
	kind     TEXT NOT NULL,
	facet    TEXT NOT NULL,
	material INTEGER NOT NULL,
	ref_text TEXT NOT NULL DEFAULT '',
	ver_text TEXT NOT NULL DEFAULT '',
	ref_para INTEGER NOT NULL DEFAULT -1,
	ver_para INTEGER NOT NULL DEFAULT -1,
	detail   TEXT NOT NULL DEFAULT '',
	confidence REAL NOT NULL DEFAULT 0,
	PRIMARY KEY (story_id, url, seq),
	FOREIGN KEY (story_id, url) REFERENCES versions(story_id, url) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS divergences_facet ON divergences(facet, material);

CREATE TABLE IF NOT EXISTS bodies (
	story_id TEXT NOT NULL,
	url      TEXT NOT NULL,
	text     TEXT NOT NULL,
	PRIMARY KEY (story_id, url),
	FOREIGN KEY (story_id, url) REFERENCES versions(story_id, url) ON DELETE CASCADE
);
`
