// Random text of every kind through the whole pipeline and every view: nothing throws, every span is
// inside the text. A quick run here; `npm run fuzz` runs 100,000 cases.

import fc from "fast-check";
import { describe, it } from "vitest";
import { articleBytes, articleText, checkBytes, checkText, options } from "../scripts/fuzz/properties.js";

describe("any input", () => {
  it("text: no throw, spans inside, every view renders", async () => {
    await fc.assert(fc.asyncProperty(articleText, options, async (text, opts) => void (await checkText(text, opts))), { numRuns: 300, seed: 1 });
  });

  it("bytes: read as text or refused with a clear message", async () => {
    await fc.assert(fc.asyncProperty(articleBytes, options, async (bytes, opts) => void (await checkBytes(bytes, opts))), { numRuns: 150, seed: 2 });
  });
});
