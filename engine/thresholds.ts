// The numbers behind the verdicts, per sensitivity. Reasons for each are in docs/matching.md;
// change them there and here together.
import type { Sensitivity } from './types';

export interface Thresholds {
  /** A fingerprint passage makes `quotes` from this many matched words... */
  readonly quoteWords: number;
  /** ...of which at least this many are content words (not stop words or numbers). */
  readonly quoteContentWords: number;
  /** One document's fingerprint passages make `republishes` from this many matched words... */
  readonly republishWords: number;
  /** ...or, for a short document of known length, this fraction of its words... */
  readonly republishFraction: number;
  /** ...but never fewer than this many. */
  readonly republishMinWords: number;
  /** Phrases with fewer words than this are not fuzzy-matched (titles belong to mentions). */
  readonly phraseMinWords: number;
  /** Highest accepted fuse.js score for a phrase (0 = exact, 1 = anything). */
  readonly phraseMaxScore: number;
  /** Fraction of a phrase's words that must appear exactly in the matched window. */
  readonly phraseCoverage: number;
  /** Distinct strong names of one leak that make `discusses`. */
  readonly mentionStrongNames: number;
  /** Whether one strong name, seen twice, plus a weak name also makes `discusses`. */
  readonly weakNamesCount: boolean;
}

export const THRESHOLDS: Readonly<Record<Sensitivity, Thresholds>> = Object.freeze({
  low: {
    quoteWords: 14,
    quoteContentWords: 5,
    republishWords: 350,
    republishFraction: 0.6,
    republishMinWords: 120,
    phraseMinWords: 6,
    phraseMaxScore: 0.1,
    phraseCoverage: 0.8,
    mentionStrongNames: 3,
    weakNamesCount: false,
  },
  normal: {
    quoteWords: 10,
    quoteContentWords: 3,
    republishWords: 200,
    republishFraction: 0.5,
    republishMinWords: 80,
    phraseMinWords: 4,
    phraseMaxScore: 0.2,
    phraseCoverage: 0.6,
    mentionStrongNames: 2,
    weakNamesCount: false,
  },
  high: {
    quoteWords: 8,
    quoteContentWords: 3,
    republishWords: 120,
    republishFraction: 0.4,
    republishMinWords: 50,
    phraseMinWords: 3,
    phraseMaxScore: 0.3,
    phraseCoverage: 0.5,
    mentionStrongNames: 2,
    weakNamesCount: true,
  },
});
