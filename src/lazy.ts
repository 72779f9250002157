// Libraries needed only sometimes (chalk on a terminal, Readability for HTML) are imported on demand.
// The CLI runs from a code-cached script (bin/article-cli.js), which cannot import by itself, so the
// launcher lends it an importer; elsewhere (tests, the library) a plain import() serves.

type Importer = (specifier: string) => Promise<unknown>;

export function lazyImport<T>(specifier: string): Promise<T> {
  const hook = (globalThis as { __articleCliImport?: Importer }).__articleCliImport;
  return (hook ? hook(specifier) : import(specifier)) as Promise<T>;
}

export type Extras = typeof import("./extras.js");

/** The on-demand part of the program (extras.ts): from its own bundle when the CLI runs bundled (the
 * launcher lends a loader), else imported. */
export function extras(): Promise<Extras> {
  const hook = (globalThis as { __articleCliExtras?: () => Extras }).__articleCliExtras;
  return hook ? Promise.resolve(hook()) : import("./extras.js");
}
