// Link matcher: the page's links, normalized (scheme, www., host case, percent-encoding, trailing
// slash, query and fragment), against the documents' known-copy URL prefixes, at path-segment
// boundaries.
import type { PageLink } from '../types';

export interface LinkSource {
  leak: number;
  document: string;
  url: string;
}

/** A URL reduced to what identifies a resource for matching. */
export interface NormalizedUrl {
  /** Lower case, without a leading `www.`. */
  readonly host: string;
  /** Percent-decoded, no trailing slash, `''` for the root. */
  readonly path: string;
  /** Percent-decoded query without `?`, `''` when absent. */
  readonly query: string;
}

interface Prefix extends NormalizedUrl {
  readonly leak: number;
  readonly document: string;
}

export interface LinkIndex {
  readonly byHost: ReadonlyMap<string, readonly Prefix[]>;
}

export interface LinkHit {
  readonly leak: number;
  readonly document: string;
  readonly start: number;
  readonly end: number;
}

/** Normalizes an http(s) URL; null for anything else or anything unparsable. */
export function normalizeUrl(href: string): NormalizedUrl | null {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  const path = url.pathname
    .split('/')
    .filter((segment) => segment.length > 0)
    .map(decode)
    .join('/');
  return { host, path, query: decode(url.search.replace(/^\?/, '')) };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function buildLinkIndex(sources: readonly LinkSource[]): LinkIndex {
  const byHost = new Map<string, Prefix[]>();
  for (const s of sources) {
    const url = normalizeUrl(s.url);
    if (url === null) continue;
    const list = byHost.get(url.host) ?? [];
    list.push({ ...url, leak: s.leak, document: s.document });
    byHost.set(url.host, list);
  }
  return { byHost };
}

/** True when `url` is at or under `prefix`: whole path segments, and the prefix's query if any. */
export function underPrefix(url: NormalizedUrl, prefix: NormalizedUrl): boolean {
  if (url.host !== prefix.host) return false;
  const inPath =
    prefix.path === '' || url.path === prefix.path || url.path.startsWith(prefix.path + '/');
  if (!inPath) return false;
  // A prefix without a query matches any query; one with a query names a resource by it.
  return prefix.query === '' || (url.path === prefix.path && url.query === prefix.query);
}

/** The host of an absolute http(s) URL, lower case without `www.`: a cheap pre-check. */
function quickHost(href: string): string | null {
  const m = /^\s*https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(href);
  return m
    ? m[1]!
        .toLowerCase()
        .replace(/^www\./, '')
        .replace(/\.$/, '')
    : null;
}

export function matchLinks(links: readonly PageLink[], index: LinkIndex): LinkHit[] {
  const hits: LinkHit[] = [];
  if (index.byHost.size === 0) return hits;
  for (const link of links) {
    // Most links go elsewhere: parse a URL fully only when its host is a known-copy host.
    const host = quickHost(link.href);
    if (host !== null && !index.byHost.has(host)) continue;
    const url = normalizeUrl(link.href);
    if (url === null) continue;
    for (const prefix of index.byHost.get(url.host) ?? []) {
      if (underPrefix(url, prefix)) {
        hits.push({
          leak: prefix.leak,
          document: prefix.document,
          start: link.start,
          end: link.end,
        });
      }
    }
  }
  return hits;
}
