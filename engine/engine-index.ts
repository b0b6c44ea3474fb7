// Builds the engine's in-memory index from a validated bundle, once: the fingerprint hash index,
// the phrase prefilter, the known-copy link prefixes and the name dictionary.
import { BUNDLE_FORMAT, type Bundle, type EngineParams } from './bundle';
import { assertHashFunction } from './hash';
import { decodeHashes } from './hash-codec';
import { buildHashIndex, type HashIndex } from './hash-index';
import { buildLinkIndex, type LinkIndex, type LinkSource } from './matchers/links';
import { buildMentionIndex, type MentionIndex, type NameSource } from './matchers/mentions';
import { buildPhraseIndex, type PhraseIndex, type PhraseSource } from './matchers/phrases';
import { pageFilterOf } from './page-filter';
import { prefilterOf, type PageFilter, type Prefilter } from './prefilter';

export interface LeakInfo {
  readonly id: string;
  /** Document id → number of words of its source text, when the bundle states it. */
  readonly documentWords: ReadonlyMap<string, number | undefined>;
}

export interface EngineIndex {
  readonly params: EngineParams;
  readonly leaks: readonly LeakInfo[];
  /** Document number in `hashes` → its leak number and document id. */
  readonly fingerprintDocuments: readonly { leak: number; document: string }[];
  readonly hashes: HashIndex;
  readonly phrases: PhraseIndex;
  readonly links: LinkIndex;
  readonly mentions: MentionIndex;
  /** Says cheaply when a page cannot match anything (then the pipeline is skipped). */
  readonly prefilter: Prefilter;
}

export interface BuildOptions {
  /**
   * Builds the phrase and name indexes on first use instead of now. For the content script: on
   * most pages the prefilter finds nothing to look for, and building them was most of the
   * per-page index cost. Fingerprints are still decoded now, so a bad bundle still throws here.
   */
  lazy?: boolean;
  /** The bundle's page filter when it was compiled already (the build does the built-in one's). */
  filter?: PageFilter;
}

/** `build` run once, on the first call (or at once when not lazy). */
function memo<T>(build: () => T, lazy: boolean): () => T {
  let built: { value: T } | null = lazy ? null : { value: build() };
  return () => (built ??= { value: build() }).value;
}

/**
 * Builds the index. Throws an Error with a one-line reason when the bundle cannot be used by this
 * engine: another format number, an unknown hash function, or undecodable fingerprints.
 */
export function buildIndex(bundle: Bundle, options: BuildOptions = {}): EngineIndex {
  if (bundle.format !== BUNDLE_FORMAT) {
    throw new Error(
      `unsupported bundle format ${String(bundle.format)} (expected ${BUNDLE_FORMAT})`,
    );
  }
  assertHashFunction(bundle.engine.hash);
  const lists: Uint32Array[] = [];
  const fingerprintDocuments: { leak: number; document: string }[] = [];
  const phrases: PhraseSource[] = [];
  const links: LinkSource[] = [];
  const names: NameSource[] = [];
  const leaks = bundle.leaks.map((leak, l): LeakInfo => {
    names.push({ leak: l, name: leak.title, weak: false });
    for (const name of leak.mentions) names.push({ leak: l, name, weak: false });
    for (const name of leak.weakMentions) names.push({ leak: l, name, weak: true });
    const documentWords = new Map<string, number | undefined>();
    for (const doc of leak.documents) {
      documentWords.set(doc.id, doc.words);
      for (const name of [doc.title, ...doc.aliases]) {
        names.push({ leak: l, document: doc.id, name, weak: false });
      }
      for (const text of doc.phrases) phrases.push({ leak: l, document: doc.id, text });
      for (const url of doc.urls) links.push({ leak: l, document: doc.id, url });
      if (doc.fingerprints !== undefined) {
        lists.push(decodeFingerprints(doc.fingerprints, leak.id, doc.id));
        fingerprintDocuments.push({ leak: l, document: doc.id });
      }
    }
    return { id: leak.id, documentWords };
  });
  const lazy = options.lazy ?? false;
  const phraseIndex = memo(() => buildPhraseIndex(phrases), lazy);
  const mentionIndex = memo(() => buildMentionIndex(names), lazy);
  return {
    params: { shingle: bundle.engine.shingle, hash: bundle.engine.hash },
    leaks,
    fingerprintDocuments,
    hashes: buildHashIndex(lists),
    get phrases() {
      return phraseIndex();
    },
    links: buildLinkIndex(links),
    get mentions() {
      return mentionIndex();
    },
    // One definition of what the filter looks for, shared with the build's compiled filter.
    prefilter: prefilterOf(options.filter ?? pageFilterOf(bundle)),
  };
}

/**
 * Builds what `lazy` left for first use (the phrase and name indexes), one step each, for a caller
 * that runs them apart: the scanner gives each a slice of its own rather than letting them fall
 * into the first match. Steps on an index built in full cost nothing.
 */
export function remainingBuildSteps(index: EngineIndex): (() => void)[] {
  return [() => void index.phrases, () => void index.mentions];
}

function decodeFingerprints(encoded: string, leak: string, doc: string): Uint32Array {
  try {
    return decodeHashes(encoded);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(`bad fingerprints in ${leak}/${doc}: ${reason}`);
  }
}
