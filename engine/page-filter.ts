// The page filter's compiler: the trigger words and known-copy hosts a page must hold to be
// scanned, from a bundle's names, phrases and copies, normalized and tokenized as the engine's
// indexes see them. Run by the build (the built-in bundle) and the background (an update); pages
// only apply the result (./prefilter.ts) and so never load the normalizer and tokenizer for it.
import type { Bundle } from './bundle';
import { normalizeText } from './normalize';
import { allAsciiWords, prefilterOf, type PageFilter, type Prefilter } from './prefilter';
import { NOT_CONTENT, FILLER, tokenize } from './tokenize';

/** Above this many trigger words the substring tests cost more than they save. */
const MAX_TRIGGERS = 2000;

export interface PrefilterSources {
  names: readonly string[];
  phrases: readonly string[];
  /** Known-copy URL prefixes. */
  urls: readonly string[];
  hasFingerprints: boolean;
}

/** Normalized words of `text`, with their flags, as the engine's own indexes see them. */
function words(text: string): { word: string; flags: number }[] {
  const norm = normalizeText(text);
  const tokens = tokenize(norm);
  const out: { word: string; flags: number }[] = [];
  for (let i = 0; i < tokens.count; i++) {
    out.push({ word: norm.text.slice(tokens.starts[i], tokens.ends[i]), flags: tokens.flags[i]! });
  }
  return out;
}

/** The names, phrases and known copies of a bundle, as the engine's index takes them. */
export function prefilterSources(bundle: Bundle): PrefilterSources {
  const sources = { names: [] as string[], phrases: [] as string[], urls: [] as string[] };
  let hasFingerprints = false;
  for (const leak of bundle.leaks) {
    sources.names.push(leak.title, ...leak.mentions, ...leak.weakMentions);
    for (const doc of leak.documents) {
      sources.names.push(doc.title, ...doc.aliases);
      sources.phrases.push(...doc.phrases);
      sources.urls.push(...doc.urls);
      hasFingerprints ||= doc.fingerprints !== undefined;
    }
  }
  return { ...sources, hasFingerprints };
}

/** The page filter of a bundle: what the build embeds for the built-in one, and stores with an update. */
export const pageFilterOf = (bundle: Bundle): PageFilter =>
  compilePageFilter(prefilterSources(bundle));

/** Hosts of the known copies, lower case, without `www.`. */
function linkHosts(urls: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const u of urls) {
    try {
      hosts.add(new URL(u).hostname.toLowerCase().replace(/^www\./, ''));
    } catch {
      // The schema admits only https URLs; an unparsable one cannot match either.
    }
  }
  return [...hosts];
}

/**
 * A name matches only as its whole word sequence, so all of its words must occur; checking its
 * content words only is a weaker, still necessary condition (stop words occur everywhere). A
 * phrase is found only through one of its anchor words, which are among its content words.
 */
export function compilePageFilter(sources: PrefilterSources): PageFilter {
  const all = new Map<string, number>();
  const id = (word: string): number => {
    let i = all.get(word);
    if (i === undefined) all.set(word, (i = all.size));
    return i;
  };
  const names: number[][] = [];
  for (const name of sources.names) {
    const w = words(name);
    // Mirrors the mention index: names of filler words only are never indexed.
    if (w.length === 0 || w.every((x) => x.flags & FILLER)) continue;
    const content = w.filter((x) => !(x.flags & NOT_CONTENT));
    names.push([...new Set((content.length > 0 ? content : w).map((x) => id(x.word)))]);
  }
  const anchors = new Set<number>();
  for (const phrase of sources.phrases) {
    for (const w of words(phrase)) if (!(w.flags & NOT_CONTENT)) anchors.add(id(w.word));
  }
  const triggers = [...all.keys()];
  return {
    always: sources.hasFingerprints || all.size > MAX_TRIGGERS,
    words: triggers,
    names,
    anchors: [...anchors],
    hosts: linkHosts(sources.urls),
    asciiWords: allAsciiWords(triggers),
  };
}

export function buildPrefilter(sources: PrefilterSources): Prefilter {
  return prefilterOf(compilePageFilter(sources));
}
