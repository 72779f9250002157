// Corpus: the database's layout, versioned. `PRAGMA user_version` holds the schema version and
// `PRAGMA application_id` marks the file as an article-cli corpus, so that another SQLite file given
// as DB is refused rather than written into. Each migration takes a database from version i to i+1.

/** "ACLI" */
export const APPLICATION_ID = 0x41434c49;

export const SCHEMA_VERSION = 1;

const V1 = `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  title TEXT,
  url TEXT,
  language TEXT NOT NULL,
  ref_date TEXT,
  words INTEGER NOT NULL,
  indexed_at TEXT NOT NULL
);
CREATE TABLE sentences (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX sentences_article ON sentences(article);
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  roles TEXT NOT NULL
);
CREATE INDEX entities_article ON entities(article);
CREATE INDEX entities_name ON entities(kind, name);
CREATE TABLE mentions (
  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  surface TEXT NOT NULL,
  via TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  value TEXT NOT NULL,
  type TEXT NOT NULL,
  mod TEXT,
  resolved INTEGER NOT NULL,
  date TEXT NOT NULL,
  sentence TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  people TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX events_article ON events(article);
CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  source TEXT NOT NULL,
  source_kind TEXT NOT NULL,
  cue TEXT NOT NULL,
  stance TEXT NOT NULL,
  negated INTEGER NOT NULL,
  quote INTEGER NOT NULL,
  content TEXT NOT NULL,
  date TEXT,
  json TEXT NOT NULL
);
CREATE INDEX claims_article ON claims(article);
CREATE INDEX claims_stance ON claims(stance);
CREATE VIRTUAL TABLE claims_fts USING fts5(content, source, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
`;

/** MIGRATIONS[i] takes a database at version i to version i + 1 (0: an empty file). */
export const MIGRATIONS: readonly string[] = [V1];
