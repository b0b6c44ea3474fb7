// Deterministic, realistic damage for republication tests: typos, dropped and reordered
// sentences, interleaved commentary, and PDF-like HTML (one element per line, hyphenation).

/** A small seeded PRNG (mulberry32) so every damaged page is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Swaps two inner letters of a word, or drops one: a re-typing error. */
export function typo(word: string, random: () => number): string {
  if (word.length < 4) return word + 'x';
  const i = 1 + Math.floor(random() * (word.length - 2));
  return random() < 0.5
    ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
    : word.slice(0, i) + word.slice(i + 1);
}

/** One typo every `every` words (±30%). */
export function addTypos(text: string, every: number, random: () => number): string {
  const words = text.split(' ');
  let next = Math.floor(every * (0.7 + random() * 0.6));
  for (let i = 0; i < words.length; i++) {
    if (i < next) continue;
    words[i] = typo(words[i]!, random);
    next = i + Math.floor(every * (0.7 + random() * 0.6));
  }
  return words.join(' ');
}

export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.trim().length > 0);
}

/** Drops a fraction of the sentences and swaps some neighbours. */
export function dropAndReorder(list: string[], drop: number, swap: number, random: () => number) {
  const kept = list.filter(() => random() >= drop);
  for (let i = 0; i + 1 < kept.length; i++) {
    if (random() < swap) [kept[i], kept[i + 1]] = [kept[i + 1]!, kept[i]!];
  }
  return kept;
}

const COMMENTARY = [
  'Editor’s note: we have not been able to verify every claim in this passage.',
  'The campaign declined to comment on this section when we reached it on Tuesday.',
  'Readers should keep in mind that opposition research is written to find weaknesses.',
  'Our reporters compared this page with two other copies and found them identical.',
];

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Breaks text into PDF-like lines of about `width` characters, hyphenating some long words. */
export function pdfLines(text: string, width: number, random: () => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 <= width) {
      line = line ? `${line} ${word}` : word;
      continue;
    }
    if (word.length >= 8 && /^[a-z]+$/.test(word) && random() < 0.5) {
      const cut = 3 + Math.floor(random() * (word.length - 6));
      lines.push(`${line} ${word.slice(0, cut)}-`);
      line = word.slice(cut);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Wraps words of a line in inline elements at random, sometimes splitting a word in two. */
function inlineMarkup(line: string, random: () => number): string {
  return line
    .split(' ')
    .map((w) => {
      const r = random();
      if (r < 0.1 && w.length > 5) {
        const cut = 2 + Math.floor(random() * (w.length - 4));
        return `<b>${escape(w.slice(0, cut))}</b><i>${escape(w.slice(cut))}</i>`;
      }
      if (r < 0.2) return `<span class="w">${escape(w)}</span>`;
      return escape(w);
    })
    .join(random() < 0.1 ? '&nbsp;' : ' ');
}

export interface DamageOptions {
  seed: number;
  typoEvery: number;
  drop: number;
  swap: number;
  /** Insert a commentary paragraph every n sentences (0: never). */
  commentaryEvery: number;
  /** Keep only this fraction of the document, from the start. */
  fraction: number;
}

/** A damaged republication of `doc` as a full HTML page, PDF-converted style. */
export function damagedPage(doc: string, o: DamageOptions): string {
  const random = rng(o.seed);
  const all = sentences(doc);
  const picked = dropAndReorder(
    all.slice(0, Math.ceil(all.length * o.fraction)),
    o.drop,
    o.swap,
    random,
  );
  const body: string[] = [];
  let chunk: string[] = [];
  picked.forEach((s, i) => {
    chunk.push(addTypos(s, o.typoEvery, random));
    if (o.commentaryEvery > 0 && (i + 1) % o.commentaryEvery === 0) {
      body.push(pdfBlock(chunk.join(' '), random));
      body.push(`<aside><p>${escape(COMMENTARY[i % COMMENTARY.length]!)}</p></aside>`);
      chunk = [];
    }
  });
  if (chunk.length) body.push(pdfBlock(chunk.join(' '), random));
  return `<!doctype html><html><head><title>Document</title><script>var x = 1;</script></head><body><header><nav><a href="/">Home</a></nav></header><main>${body.join('\n')}</main></body></html>`;
}

function pdfBlock(text: string, random: () => number): string {
  return `<div class="page">${pdfLines(text, 70, random)
    .map((l) => `<div class="line">${inlineMarkup(l, random)}</div>`)
    .join('\n')}</div>`;
}
