// Read: a news feed (RSS 2.0, RSS 1.0/RDF or Atom) as a list of items: title, link, date. Parsed as
// XML with linkedom (already the HTML reader's DOM; loaded only for feeds): no feed library is needed
// for three element names per format.

import { lazyImport } from "../lazy.js";
import { nestingDepth } from "./html-text.js";
import { InputError } from "./input.js";

export interface FeedItem {
  title: string;
  link: string;
  /** "YYYY-MM-DD" as the feed dates it (the writer's own calendar day), or null. */
  date: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/** Whether a text is a feed rather than a page: its root element, after any XML prologue. */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*|<!DOCTYPE[^>[]{0,300}(?:\[[^\]]{0,3000}\])?\s*>\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(text.slice(0, 4096));
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** An ISO 8601 date (Atom) or an RFC 822 one (RSS: "Tue, 03 Jun 2025 10:00:00 +0700"), as written. */
export function feedDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(s);
  if (!rfc) return null;
  const month = MONTHS.indexOf(rfc[2]!.toLowerCase());
  return month < 0 ? null : `${rfc[3]}-${String(month + 1).padStart(2, "0")}-${rfc[1]!.padStart(2, "0")}`;
}

/** Nesting no feed reaches (item > title is four deep); deeper markup is refused before parsing. */
const MAX_FEED_DEPTH = 200;

export async function parseFeed(xml: string, base?: string): Promise<Feed> {
  if (nestingDepth(xml, MAX_FEED_DEPTH) >= MAX_FEED_DEPTH) throw new InputError(`${base ?? "feed"}: nested ${MAX_FEED_DEPTH} elements deep or more: not a feed`, base ?? "feed");
  const { DOMParser } = await lazyImport<typeof import("linkedom")>("linkedom");
  const doc = new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
  const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
  const child = (el: Element, name: string) => [...el.children].find((c) => c.localName === name || c.tagName.toLowerCase() === name) ?? null;
  const absolute = (link: string) => {
    try {
      return new URL(link, base).href;
    } catch {
      return link;
    }
  };
  const root = doc.documentElement;
  const atom = root?.localName === "feed";
  const items: FeedItem[] = [];
  for (const el of [...doc.querySelectorAll(atom ? "entry" : "item")]) {
    let link: string;
    if (atom) {
      const links = [...el.children].filter((c) => c.localName === "link");
      const alternate = links.find((l) => (l.getAttribute("rel") ?? "alternate") === "alternate") ?? links[0];
      link = alternate?.getAttribute("href") ?? "";
    } else link = text(child(el, "link")) || text(child(el, "guid"));
    if (!link) continue;
    const date = feedDate(text(child(el, atom ? "published" : "pubDate")) || text(child(el, atom ? "updated" : "dc:date")) || text(child(el, "date")));
    items.push({ title: text(child(el, "title")), link: absolute(link), date });
  }
  const channel = atom ? root : (doc.querySelector("channel") as Element | null);
  return { title: channel ? text(child(channel, "title")) || null : null, items };
}
