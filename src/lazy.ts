// Libraries needed only sometimes (chalk on a terminal, Readability for HTML) are imported on demand.
// The CLI runs from a code-cached script (bin/article-cli.js), which cannot import by itself, so the
// launcher lends it an importer; elsewhere (tests, the library) a plain import() serves.

type Importer = (specifier: string) => Promise<unknown>;

export function lazyImport<T>(specifier: string): Promise<T> {
  const hook = (globalThis as { __articleCliImport?: Importer }).__articleCliImport;
  return (hook ? hook(specifier) : import(specifier)) as Promise<T>;
}
