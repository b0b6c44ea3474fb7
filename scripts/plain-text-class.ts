// Works out engine/plain-text-class.ts: the characters whose fold cannot change where an ASCII
// word stands whole, so that lower case alone answers as the whole fold does.
// `npx tsx scripts/plain-text-class.ts` prints the class; tests/engine/prefilter.test.ts checks
// every character of the committed class against `keepsAsciiWords` (the Unicode of the day's ICU).
import { pathToFileURL } from 'node:url';
import { foldForPrefilter } from '../engine/prefilter';

const isWordChar = (c: string): boolean => /[\p{L}\p{N}\p{M}]/u.test(c);
const ASCII_ALNUM = /[a-z0-9]/i;
/** What line-end hyphenation joining looks for: hyphens, white space, line ends. */
const JOINING = /[-\u2010\u2011\s]/;

/**
 * Whether `c` (one character) folds, as far as any whole-word search of ASCII words can tell, as
 * lower case alone leaves it: the same, or into characters that are all word characters (or all
 * not) as its lower case is, with no ASCII letter or digit and nothing hyphen joining reads
 * differently. Never a dropped character (it would join the words on either side).
 */
export function keepsAsciiWords(c: string): boolean {
  const lower = c.toLowerCase();
  const folded = foldForPrefilter(c);
  if (folded === lower) return true;
  if (folded.length === 0 || ASCII_ALNUM.test(folded) || ASCII_ALNUM.test(lower)) return false;
  const words = (s: string): boolean => [...s].every(isWordChar);
  const noWords = (s: string): boolean => ![...s].some(isWordChar);
  const wordsAlike = (words(folded) && words(lower)) || (noWords(folded) && noWords(lower));
  if (!wordsAlike) return false;
  if (!JOINING.test(folded) && !JOINING.test(lower)) return true;
  // A space that folds to a space, say: one character each, the same to hyphen joining.
  return folded.length === 1 && lower.length === 1 && JOINING.test(folded) === JOINING.test(lower);
}

const UNASSIGNED = /\p{Cn}/u;
const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;

/**
 * The BMP characters (no surrogates, nothing unassigned in this ICU: a later Unicode may give a
 * new character a fold) that keep ASCII words, as a regex character class's ranges.
 */
export function plainTextClass(): string {
  const ranges: [number, number][] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const c = String.fromCharCode(code);
    if (UNASSIGNED.test(c) || !keepsAsciiWords(c)) continue;
    const last = ranges.at(-1);
    if (last && last[1] === code - 1) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(plainTextClass());
