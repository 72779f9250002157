// Debris lines of any language's pages: a copyright or credit line ("© Reuters", "Copyright 2019 AP").
// Tried with the article language's own patterns.
import type { DebrisRule } from "../types.js";

export const commonDebris: DebrisRule[] = [
  // ("©" is no word character: a \b after it would need a letter glued to it)
  { kind: "share", pattern: /^(?:copyright\b|©).{0,160}$/i },
];
