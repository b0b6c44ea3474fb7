// Folds extracted page text into one comparison string (NFKC, case folding, unified quotes, dashes
// and whitespace, invisible characters dropped, end-of-line hyphenation joined) with an exact map
// from every normalized character back to the raw range it came from.

/** A normalized string and, per normalized character, the raw [start, end) it comes from. */
export interface NormalizedText {
  readonly text: string;
  /** `starts[i]`: offset in the raw text where normalized character `i` comes from. */
  readonly starts: Uint32Array;
  /** `ends[i]`: raw offset just after the source of normalized character `i`. */
  readonly ends: Uint32Array;
}

/** Marks a folded code unit that is whitespace (collapsed into one space). */
const SPACE = -2;
/** Marks a folded code unit that disappears (soft hyphen, zero-width characters, controls). */
const DROP = -1;

/** Folds one code unit of NFKC/case-folded text: a code unit, SPACE or DROP. */
function foldUnit(c: number): number {
  if (c < 0x80) return ASCII[c]!;
  switch (c) {
    case 0x00ad: // soft hyphen
    case 0x034f: // combining grapheme joiner
    case 0x180e: // Mongolian vowel separator
    case 0x200b: // zero-width space
    case 0x200c: // zero-width non-joiner
    case 0x200d: // zero-width joiner
    case 0x2060: // word joiner
    case 0xfeff: // zero-width no-break space / BOM
      return DROP;
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x2035:
    case 0x00b4:
    case 0x02bc:
      return 0x27; // '
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
    case 0x2036:
    case 0x00ab:
    case 0x00bb:
      return 0x22; // "
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2043:
    case 0x2212:
    case 0xfe58:
      return 0x2d; // -
    case 0x03c2: // final sigma folds to sigma
      return 0x03c3;
  }
  if (c >= 0xd800 && c <= 0xdfff) return c; // surrogate halves pass through (pairs checked earlier)
  return WHITESPACE.test(String.fromCharCode(c)) ? SPACE : c;
}

const WHITESPACE = /\s/;

/** ASCII folding table: lower case, whitespace → SPACE, controls → DROP, backtick → '. */
const ASCII = ((): Int32Array => {
  const t = new Int32Array(128);
  for (let c = 0; c < 128; c++) t[c] = c;
  for (let c = 0; c < 32; c++) t[c] = DROP;
  t[127] = DROP;
  for (const c of [9, 10, 11, 12, 13, 32]) t[c] = SPACE;
  for (let c = 65; c <= 90; c++) t[c] = c + 32;
  t[0x60] = 0x27;
  return t;
})();

/**
 * What attaches to the preceding character and is folded together with it: combining marks, and
 * invisible characters (which are dropped, so marks after them still compose with the base).
 */
const MARKS = /[\p{M}\u00ad\u180e\u200b-\u200d\u2060\ufeff\ud800-\udfff]+/uy;
/** Invisible characters and lone surrogates (in u-mode, the range matches only lone halves). */
const INVISIBLE = /[\u00ad\u034f\u180e\u200b-\u200d\u2060\ufeff\ud800-\udfff]/gu;
/** After a hyphen: horizontal space, a line break, any space, then a lower-case letter. */
const HYPHEN_BREAK = /[^\S\n\r\u2028\u2029\u0085]*[\n\r\u2028\u2029\u0085]\s*(?=\p{Ll})/uy;
const LETTER = /\p{L}/u;

/** Hyphens that, at the end of a line after a letter, mark a word broken across lines. */
function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/**
 * Folds one cluster (a code point and its combining marks) to code units: NFKC, full case
 * folding approximated by toLowerCase plus ß → ss, then `foldUnit`. Memoized per call.
 */
function foldCluster(cluster: string): Int32Array {
  const folded = cluster
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKC');
  const units = new Int32Array(folded.length);
  for (let i = 0; i < folded.length; i++) units[i] = foldUnit(folded.charCodeAt(i));
  return units;
}

/** Growable output: code units plus their raw [start, end) maps, in typed arrays. */
class Builder {
  units: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
  }
  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
  last(): number {
    return this.length > 0 ? this.units[this.length - 1]! : -1;
  }
  private grow(): void {
    const size = this.units.length * 2 + 16;
    const units = new Uint16Array(size);
    const starts = new Uint32Array(size);
    const ends = new Uint32Array(size);
    units.set(this.units);
    starts.set(this.starts);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }
}

/** Streams folded code units into a Builder, collapsing whitespace runs to one space. */
class Emitter {
  readonly out: Builder;
  private spaceStart = -1;
  private spaceEnd = -1;
  constructor(capacity: number) {
    this.out = new Builder(capacity);
  }
  /** Emits one folded unit coming from raw [start, end). */
  unit(u: number, start: number, end: number): void {
    if (u === DROP) return;
    if (u === SPACE) {
      if (this.spaceStart < 0) this.spaceStart = start;
      this.spaceEnd = end;
      return;
    }
    // Leading whitespace is dropped; inner runs become one space covering the whole run.
    if (this.spaceStart >= 0 && this.out.length > 0)
      this.out.push(0x20, this.spaceStart, this.spaceEnd);
    this.spaceStart = -1;
    this.out.push(u, start, end);
  }
  /** True when the last emitted unit is a letter directly before the current position. */
  afterLetter(): boolean {
    if (this.spaceStart >= 0) return false;
    const c = this.out.last();
    if (c < 0) return false;
    if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
    return LETTER.test(String.fromCharCode(c));
  }
}

const DECODER = new TextDecoder('utf-16le');

/** Normalizes `raw`; see the file header. Linear time; no per-character objects for ASCII. */
export function normalizeText(raw: string): NormalizedText {
  const em = new Emitter(raw.length + 16);
  const cache = new Map<string, Int32Array>();
  let i = 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    const next = i + 1 < raw.length ? raw.charCodeAt(i + 1) : 0;
    // Fast path: ASCII followed by ASCII (so no combining mark or invisible character).
    if (c < 0x80 && next < 0x80) {
      if (c === 0x2d && em.afterLetter() && joinsHyphenation(raw, i + 1)) {
        i = HYPHEN_BREAK.lastIndex;
        continue;
      }
      em.unit(ASCII[c]!, i, i + 1);
      i++;
      continue;
    }
    i = slowPath(raw, i, em, cache);
  }
  return finish(em.out);
}

/** Folds the cluster at `i` (non-ASCII, or ASCII with marks) and returns the next offset. */
function slowPath(raw: string, i: number, em: Emitter, cache: Map<string, Int32Array>): number {
  const cp = raw.codePointAt(i)!;
  let j = i + (cp > 0xffff ? 2 : 1);
  // A lone surrogate is not text: drop it (it would also break UTF-16 decoding of the output).
  if (cp >= 0xd800 && cp <= 0xdfff) return j;
  if (isHyphen(cp) && em.afterLetter() && joinsHyphenation(raw, j)) return HYPHEN_BREAK.lastIndex;
  MARKS.lastIndex = j;
  if (MARKS.test(raw)) j = MARKS.lastIndex;
  const cluster = raw.slice(i, j);
  let units = cache.get(cluster);
  if (units === undefined) {
    units = foldCluster(cluster);
    cache.set(cluster, units);
  }
  for (let k = 0; k < units.length; k++) em.unit(units[k]!, i, j);
  return j;
}

/** True when a line break and a lower-case letter follow the hyphen ending at `from`. */
function joinsHyphenation(raw: string, from: number): boolean {
  HYPHEN_BREAK.lastIndex = from;
  return HYPHEN_BREAK.test(raw);
}

/** Views, not copies, of the maps: copying would double the allocation, and GC time with it. */
function finish(out: Builder): NormalizedText {
  const n = out.length;
  return {
    text: DECODER.decode(out.units.subarray(0, n)),
    starts: out.starts.subarray(0, n),
    ends: out.ends.subarray(0, n),
  };
}

/** The raw [start, end) of the normalized range [start, end); `end > start` required. */
export function rawRange(norm: NormalizedText, start: number, end: number): [number, number] {
  return [norm.starts[start]!, norm.ends[end - 1]!];
}
