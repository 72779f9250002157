// Read: what every run needs to know of URLs (the fetching itself, fetch.ts, is loaded only for one).

export interface WebOptions {
  /** Seconds the whole exchange may take. */
  timeout: number;
  userAgent: string;
  /** A folder to keep each fetched body in. */
  save?: string;
}

export const DEFAULT_TIMEOUT = 20;

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}
