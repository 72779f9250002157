// Read: the text of an HTML page without building its DOM, for pages too large to parse within bounded
// memory (a DOM costs tens of bytes per byte of page). Scripts, styles and comments go; block tags
// become paragraph breaks, other tags nothing; character references are decoded. Every scan is an
// indexOf or a regex with no nested quantifier: linear on any page.

/** Elements whose content is never article text. */
const SKIPPED = ["script", "style", "noscript", "svg", "template", "head"];
const BLOCK_TAG = /^(?:p|div|section|article|h[1-6]|li|blockquote|pre|tr|ul|ol|table|figure|header|footer|aside|dl|dt|dd|br|hr)$/i;
// (attributes up to the next "<" or ">": no tag scan runs past the next tag, so an unclosed "<a" repeated
// stays linear)
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]{0,30})[^<>]*>/g;
const REFERENCE = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", laquo: "«", raquo: "»" };

/** The page without comments, scripts, styles and the like: what could be text. */
/** Elements that never hold others. */
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i;

/**
 * How deep the markup nests (open tags not yet closed, void and self-closed ones aside), counted in one
 * pass and given up at `limit`: linkedom's parser takes time that grows with the square of the depth
 * (200,000 unclosed tags: half a minute), so a page or feed deeper than any real one is never given to it.
 */
export function nestingDepth(markup: string, limit: number): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(markup); m; m = TAG.exec(markup)) {
    if (m[0][1] === "/") depth = Math.max(0, depth - 1);
    else if (!VOID.test(m[1]!) && m[0][m[0].length - 2] !== "/") {
      depth++;
      if (depth > max && (max = depth) >= limit) break;
    }
  }
  TAG.lastIndex = 0;
  return max;
}

export function withoutNoise(html: string): string {
  let body = withoutComments(html);
  for (const tag of SKIPPED) body = withoutElement(body, tag);
  return body;
}

/** The page's title and its text, a blank line between blocks. */
export function pageText(html: string): { title: string; text: string } {
  const title = decode(/<title[^<>]{0,200}>([^<]{0,2000})<\/title>/i.exec(html.slice(0, 100_000))?.[1] ?? "");
  const body = withoutNoise(html);
  TAG.lastIndex = 0;
  const text = body.replace(TAG, (_, name: string) => (BLOCK_TAG.test(name) ? "\n\n" : ""));
  return { title: title.replace(/\s+/g, " ").trim(), text: decode(text) };
}

function decode(s: string): string {
  return s.replace(REFERENCE, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The text without `<!-- ... -->` (an unclosed comment runs to the end). */
function withoutComments(s: string): string {
  const out: string[] = [];
  let at = 0;
  for (let open = s.indexOf("<!--"); open >= 0; open = s.indexOf("<!--", at)) {
    out.push(s.slice(at, open));
    const close = s.indexOf("-->", open + 4);
    if (close < 0) return out.join("");
    at = close + 3;
  }
  out.push(s.slice(at));
  return out.join("");
}

/** The text without each `<tag ...> ... </tag>` (case-insensitive; an unclosed one runs to the end). */
function withoutElement(s: string, tag: string): string {
  const lower = s.toLowerCase();
  const out: string[] = [];
  let at = 0;
  for (let open = lower.indexOf(`<${tag}`, at); open >= 0; open = lower.indexOf(`<${tag}`, at)) {
    const after = lower[open + tag.length + 1] ?? "";
    // "<header" is no "<head"
    if (/[a-z0-9-]/.test(after)) {
      out.push(s.slice(at, open + 1));
      at = open + 1;
      continue;
    }
    out.push(s.slice(at, open));
    const close = lower.indexOf(`</${tag}`, open);
    if (close < 0) return out.join("");
    const end = lower.indexOf(">", close);
    at = end < 0 ? s.length : end + 1;
  }
  out.push(s.slice(at));
  return out.join("");
}
