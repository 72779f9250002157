// Read: a saved HTML page reduced to its article text with Mozilla Readability over linkedom (loaded
// only for HTML input). The text keeps block breaks as blank lines; offsets index this text.

import type { Source } from "../model.js";
import { InputError } from "./input.js";
import { lazyImport } from "../lazy.js";
import { nestingDepth, pageText, withoutNoise } from "./html-text.js";

const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TR", "UL", "OL", "TABLE", "FIGURE", "HEADER", "FOOTER", "ASIDE", "DL", "DT", "DD"]);

/** Largest page (scripts, styles and comments aside) parsed into a DOM for Readability: a DOM costs
 * tens of bytes per byte of page, so a larger one is read by stripping its tags (html-text.ts). */
const MAX_DOM_CHARS = 2_000_000;

export async function readHtml(source: Source): Promise<Source> {
  if ((source.text.length > MAX_DOM_CHARS && withoutNoise(source.text).length > MAX_DOM_CHARS) || nestingDepth(source.text, MAX_PARSED_DEPTH) >= MAX_PARSED_DEPTH) {
    const page = pageText(source.text);
    return finish(source, page.title, [page.text]);
  }
  const [{ parseHTML }, { Readability }] = await Promise.all([lazyImport<typeof import("linkedom")>("linkedom"), lazyImport<typeof import("@mozilla/readability")>("@mozilla/readability")]);
  let article: { title?: string | null; content?: string | null; textContent?: string | null; publishedTime?: string | null } | null = null;
  const { document } = parseHTML(source.text);
  // Readability slows down badly on pathological nesting (thousands of unclosed tags): such pages get
  // the plain text of their body instead, in time linear in the page
  if (depthOf(document.documentElement as unknown as Node) > MAX_DEPTH) {
    const parts: string[] = [];
    walk(document.body as unknown as Node, parts);
    article = { title: document.title, content: null, textContent: parts.join("") };
    return finish(source, article.title ?? "", parts);
  }
  // a <time datetime> of the page, for when neither its meta nor its JSON-LD dates it (read before
  // Readability rewrites the document)
  const stamped = /^(\d{4}-\d{2}-\d{2})/.exec(document.querySelector("time[datetime]")?.getAttribute("datetime") ?? "")?.[1];
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  if (!article || !article.content) throw new InputError(`${source.file}: no article text found in this HTML page`, source.file);
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const parts: string[] = [];
  const captions: string[] = [];
  walk(body.body as unknown as Node, parts, captions);
  const published = /^(\d{4}-\d{2}-\d{2})/.exec(article.publishedTime ?? "")?.[1] ?? stamped;
  return { ...finish(source, article.title ?? "", parts, published), ...(captions.length > 0 ? { captions } : {}) };
}

/** Nesting deeper than this is not a real page's. */
const MAX_DEPTH = 400;

/** Markup nested deeper than this (unclosed paragraphs counted too) is read without a DOM: the parser's
 * time grows with the square of the depth (5,000: a few tens of milliseconds). */
export const MAX_PARSED_DEPTH = 5000;

function finish(source: Source, rawTitle: string, parts: string[], published?: string): Source {
  const text = parts.join("").replace(/[ \t\f\v\u00a0]+/g, " ").replace(/ *\n */g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  const title = rawTitle.replace(/\s+/g, " ").trim();
  const full = title ? `${title}\n\n${text}` : text;
  if (!full.trim()) throw new InputError(`${source.file}: no article text found in this HTML page`, source.file);
  return { ...source, text: full, format: "text", ...(published ? { published } : {}) };
}

/** The deepest element nesting, iteratively (a recursive walk would overflow on hostile pages). */
function depthOf(root: Node): number {
  let max = 0;
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [n, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > MAX_DEPTH) return max;
    const kids = n.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i]!.nodeType === 1) stack.push([kids[i]!, d + 1]);
  }
  return max;
}

interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
}

/** The text of `node` into `out`, a block per paragraph; a <figcaption>'s lines also go to `captions`
 * (a photo's caption is no part of the story). */
function walk(node: Node, out: string[], captions: string[] = []): void {
  // iterative, so deeply nested hostile HTML cannot overflow the stack
  const stack: { node: Node; closing: boolean; from?: number }[] = [{ node, closing: false }];
  while (stack.length > 0) {
    const { node: n, closing, from } = stack.pop()!;
    if (closing) {
      if (from !== undefined) for (const l of out.slice(from).join("").split("\n")) if (l.trim() !== "") captions.push(l.replace(/\s+/g, " ").trim());
      out.push("\n\n");
      continue;
    }
    if (n.nodeType === 3) {
      out.push(n.textContent ?? "");
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const name = n.nodeName.toUpperCase();
    if (name === "SCRIPT" || name === "STYLE" || name === "NOSCRIPT") continue;
    if (name === "BR") {
      out.push("\n");
      continue;
    }
    const caption = name === "FIGCAPTION";
    if (caption || BLOCK.has(name)) {
      out.push("\n\n");
      stack.push({ node: n, closing: true, ...(caption ? { from: out.length } : {}) });
    }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, closing: false });
  }
}
