// Render: a feed's items (article-cli feed), in the three formats.

import type { Feed } from "../read/feed.js";
import type { Format } from "./commands.js";
import { wrap, type Style } from "./style.js";
import { cell } from "./markdown.js";

export const FEED_SCHEMA = "article-cli.feed/1";

export function renderFeed(source: string, feed: Feed, format: Format, st: Style): string {
  if (format === "json") return JSON.stringify({ schema: FEED_SCHEMA, feed: source, title: feed.title, items: feed.items }, null, st.indent);
  if (format === "md") {
    return [`## ${cell(feed.title ?? source)}`, "", "| Date | Title | Link |", "| --- | --- | --- |", ...feed.items.map((i) => `| ${i.date ?? ""} | ${cell(i.title)} | ${i.link} |`)].join("\n");
  }
  if (feed.items.length === 0) return st.c.dim("No items in the feed.");
  // a link is never cut: it stands on its own line
  const out = feed.title ? [st.c.bold(feed.title), ""] : [];
  for (const i of feed.items) {
    out.push(...wrap(`${st.c.yellow(i.date ?? "undated   ")}  ${i.title || st.c.dim("(untitled)")}`, st.width, "            ", ""));
    out.push(`            ${st.c.dim(i.link)}`);
  }
  return out.join("\n");
}
