// Corpus: the SQLite file (better-sqlite3, loaded only by the corpus commands). One writer; each
// article is written in one transaction (WAL), so an interrupted run leaves whole articles only, and an
// unchanged file (same content hash) is not read again.

import { existsSync, statSync } from "node:fs";
import type BetterSqlite3 from "better-sqlite3";
import { lazyImport } from "../lazy.js";
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from "./schema.js";
import type { ArticleRecord } from "./record.js";

type Database = BetterSqlite3.Database;

/** A corpus that cannot be opened: a user's mistake (exit 1, one line), not a crash. */
export class CorpusError extends Error {}

export type StoreOutcome = "added" | "updated";

export class Corpus {
  private readonly find: BetterSqlite3.Statement<[string], { id: number; hash: string }>;
  private readonly writeArticle: (file: string, hash: string, r: ArticleRecord) => StoreOutcome;

  private constructor(
    readonly db: Database,
    readonly path: string,
  ) {
    this.find = db.prepare("SELECT id, hash FROM articles WHERE file = ?");
    const removeFts = [
      db.prepare("DELETE FROM claims_fts WHERE rowid IN (SELECT id FROM claims WHERE article = ?)"),
      db.prepare("DELETE FROM sentences_fts WHERE rowid IN (SELECT id FROM sentences WHERE article = ?)"),
    ];
    const removeArticle = db.prepare("DELETE FROM articles WHERE id = ?");
    const insertArticle = db.prepare(
      "INSERT INTO articles (file, hash, title, url, language, ref_date, words, indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    const insertSentence = db.prepare("INSERT INTO sentences (article, idx, start, end, text) VALUES (?, ?, ?, ?, ?)");
    const insertSentenceFts = db.prepare("INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)");
    const insertEntity = db.prepare("INSERT INTO entities (article, kind, name, aliases, roles) VALUES (?, ?, ?, ?, ?)");
    const insertMention = db.prepare("INSERT INTO mentions (entity, sentence, start, end, text, surface, via) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const insertEvent = db.prepare(
      "INSERT INTO events (article, value, type, mod, resolved, date, sentence, start, end, people, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    const insertClaim = db.prepare(
      "INSERT INTO claims (article, idx, source, source_kind, cue, stance, negated, quote, content, date, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    const insertClaimFts = db.prepare("INSERT INTO claims_fts (rowid, content, source) VALUES (?, ?, ?)");
    this.writeArticle = db.transaction((file: string, hash: string, r: ArticleRecord): StoreOutcome => {
      const old = this.find.get(file);
      if (old) {
        for (const s of removeFts) s.run(old.id);
        removeArticle.run(old.id);
      }
      const article = Number(insertArticle.run(file, hash, r.title, r.url, r.language, r.referenceDate, r.words, new Date().toISOString()).lastInsertRowid);
      r.sentences.forEach((s, i) => {
        const id = insertSentence.run(article, i, s.span[0], s.span[1], s.text).lastInsertRowid;
        insertSentenceFts.run(id, s.text);
      });
      for (const e of r.entities) {
        const id = insertEntity.run(article, e.kind, e.name, JSON.stringify(e.aliases), JSON.stringify(e.roles)).lastInsertRowid;
        for (const m of e.mentions) insertMention.run(id, m.sentence, m.span[0], m.span[1], m.text, m.surface, m.via);
      }
      for (const e of r.events) {
        const t = e.date.timex;
        insertEvent.run(article, t.value, t.type, t.mod ?? null, e.date.resolved ? 1 : 0, e.date.phrase, e.sentence, e.sentenceSpan[0], e.sentenceSpan[1], JSON.stringify(e.people), JSON.stringify(e));
      }
      r.claims.forEach((c, i) => {
        const id = insertClaim.run(article, i, c.source.name, c.source.kind, c.cue, c.stance, c.negated ? 1 : 0, c.quote ? 1 : 0, c.content, c.date, JSON.stringify(c)).lastInsertRowid;
        insertClaimFts.run(id, c.content, c.source.name);
      });
      return old ? "updated" : "added";
    });
  }

  /**
   * Opens (with `create`, creates) a corpus. A file that is not SQLite, or another program's SQLite
   * database, or one made by a newer article-cli, is refused with a CorpusError; an older corpus is
   * migrated.
   */
  static async open(path: string, opts: { create: boolean }): Promise<Corpus> {
    const exists = existsSync(path);
    if (!exists && !opts.create) throw new CorpusError(`${path}: no such corpus (article-cli index ${path} FILE... makes one)`);
    if (exists && statSync(path).isDirectory()) throw new CorpusError(`${path}: is a directory, not a corpus file`);
    const { default: Sqlite } = await lazyImport<{ default: typeof BetterSqlite3 }>("better-sqlite3");
    let db: Database;
    try {
      db = new Sqlite(path, { fileMustExist: !opts.create });
    } catch (err) {
      throw new CorpusError(`${path}: cannot open: ${(err as Error).message}`);
    }
    try {
      return new Corpus(prepareSchema(db, path), path);
    } catch (err) {
      db.close();
      if (err instanceof CorpusError) throw err;
      const code = (err as { code?: string }).code;
      if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") throw new CorpusError(`${path}: not a corpus (not an SQLite database, or a damaged one)`);
      throw err;
    }
  }

  /** The stored content hash of an article, or null when it is not indexed. */
  hashOf(file: string): string | null {
    return this.find.get(file)?.hash ?? null;
  }

  store(file: string, hash: string, record: ArticleRecord): StoreOutcome {
    return this.writeArticle(file, hash, record);
  }

  close(): void {
    this.db.pragma("optimize");
    this.db.close();
  }
}

function prepareSchema(db: Database, path: string): Database {
  // reading the header: a file that is not SQLite fails here (SQLITE_NOTADB)
  const version = db.pragma("user_version", { simple: true }) as number;
  const app = db.pragma("application_id", { simple: true }) as number;
  const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master").get() as { n: number }).n;
  if (app !== APPLICATION_ID && (tables > 0 || version !== 0)) throw new CorpusError(`${path}: an SQLite database of another program, not an article-cli corpus`);
  if (version > SCHEMA_VERSION) throw new CorpusError(`${path}: made by a newer article-cli (corpus schema ${version}; this one reads up to ${SCHEMA_VERSION})`);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  if (version < SCHEMA_VERSION) {
    db.transaction(() => {
      for (let v = version; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  }
  return db;
}
