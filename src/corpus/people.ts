// Corpus: persons across articles. Each article already merged its own aliases; across articles the
// same full name is one person, and a one-word name ("Musk") joins the one full name that some article
// ties it to (as an alias, or as the last word of the name). A one-word name two full names claim
// ("Clinton": Bill and Hillary) stays apart: guessing would merge two people.

export interface PersonRow {
  article: number;
  file: string;
  title: string | null;
  refDate: string | null;
  name: string;
  aliases: string[];
  roles: string[];
  mentions: number;
}

export interface CorpusPerson {
  name: string;
  aliases: string[];
  /** Roles seen, newest article first. */
  roles: string[];
  mentions: number;
  /** Earliest and latest reference date of the articles that name the person. */
  first: string | null;
  last: string | null;
  articles: { file: string; title: string | null; referenceDate: string | null; mentions: number }[];
}

export function normalName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const words = (key: string) => (key === "" ? 0 : key.split(" ").length);

/** The cluster key of each row, in row order. */
export function personKeys(rows: readonly PersonRow[]): string[] {
  const owners = new Map<string, Set<string>>();
  const own = (alias: string, key: string) => {
    if (!alias) return;
    let set = owners.get(alias);
    if (!set) owners.set(alias, (set = new Set()));
    set.add(key);
  };
  for (const r of rows) {
    const key = normalName(r.name);
    if (words(key) < 2) continue;
    own(key.split(" ").at(-1)!, key);
    for (const a of r.aliases) if (normalName(a) !== key) own(normalName(a), key);
  }
  return rows.map((r) => {
    const key = normalName(r.name);
    if (words(key) >= 2) return key;
    const claimed = owners.get(key);
    return claimed && claimed.size === 1 ? [...claimed][0]! : key;
  });
}

export function mergePeople(rows: readonly PersonRow[]): CorpusPerson[] {
  const keys = personKeys(rows);
  const groups = new Map<string, PersonRow[]>();
  rows.forEach((r, i) => {
    const g = groups.get(keys[i]!);
    if (g) g.push(r);
    else groups.set(keys[i]!, [r]);
  });
  const out: CorpusPerson[] = [];
  for (const group of groups.values()) {
    // the name: the fullest form, most often written
    const counts = new Map<string, number>();
    for (const r of group) counts.set(r.name, (counts.get(r.name) ?? 0) + r.mentions + 1);
    const name = [...counts].sort((a, b) => words(normalName(b[0])) - words(normalName(a[0])) || b[1] - a[1])[0]![0];
    const newest = [...group].sort((a, b) => (b.refDate ?? "").localeCompare(a.refDate ?? ""));
    const aliases = new Set<string>();
    for (const r of group) for (const a of [r.name, ...r.aliases]) if (a !== name) aliases.add(a);
    const articles = new Map<number, CorpusPerson["articles"][number]>();
    for (const r of newest) {
      const a = articles.get(r.article);
      if (a) a.mentions += r.mentions;
      else articles.set(r.article, { file: r.file, title: r.title, referenceDate: r.refDate, mentions: r.mentions });
    }
    const dates = group.map((r) => r.refDate).filter((d): d is string => d !== null).sort();
    out.push({
      name,
      aliases: [...aliases],
      roles: [...new Set(newest.flatMap((r) => r.roles))],
      mentions: group.reduce((n, r) => n + r.mentions, 0),
      first: dates[0] ?? null,
      last: dates.at(-1) ?? null,
      articles: [...articles.values()],
    });
  }
  return out.sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
}
