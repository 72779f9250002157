// What only some runs need, loaded on demand (lazy.ts: extras()): the corpus (SQLite), the web
// (fetch, feeds), the HTML report and the drawn timeline. The CLI bundle leaves it out, so that a
// plain command on a file starts as fast as before; the build makes it a bundle of its own
// (dist/bin/extras.cjs).

export { Corpus, CorpusError } from "./corpus/db.js";
export { articleRecord } from "./corpus/record.js";
export { corpusClaims, corpusDisputes, corpusPeople, corpusSearch, corpusStats, corpusTimeline, ftsQuery } from "./corpus/views.js";
export { renderCorpusClaims, renderCorpusPeople, renderCorpusTimeline, renderDisputes, renderIndex, renderSearch } from "./render/corpus.js";
export { htmlReport } from "./render/html.js";
export { chartLines, chartOf } from "./render/chart.js";
export { renderFeed } from "./render/feed.js";
export { looksLikeFeed, parseFeed } from "./read/feed.js";
export { fetchSource } from "./read/fetch.js";
