import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../engine/normalize';
import { FILLER, tokenize } from '../../engine/tokenize';

function words(raw: string): string[] {
  const norm = normalizeText(raw);
  const t = tokenize(norm);
  return [...t.starts].map((s, i) => norm.text.slice(s, t.ends[i]));
}

describe('tokenize', () => {
  it('splits on punctuation and keeps inner apostrophes', () => {
    expect(words('Don’t stop—the “vetting” file, v2.0!')).toEqual([
      "don't",
      'stop',
      'the',
      'vetting',
      'file',
      'v2',
      '0',
    ]);
  });
  it('handles non-Latin scripts by Unicode letters, digits and marks', () => {
    expect(words('Привет, мир! Ελληνικά κείμενα. नमस्ते दुनिया')).toEqual(
      ['привет', 'мир', 'ελληνικά', 'κείμενα', 'नमस्ते', 'दुनिया'].map((w) => w.normalize('NFKC')),
    );
  });
  it('does not explode on CJK text without spaces', () => {
    const text = '日本語のテキストには空白がありません。'.repeat(2000);
    const t = tokenize(normalizeText(text));
    // One word per sentence: the ideographic full stop separates them.
    expect(t.count).toBe(2000);
  });
  it('handles letters outside the BMP', () => {
    expect(words('𝐀𝐁 𠀀𠀁 x')).toEqual(['ab', '𠀀𠀁', 'x']);
  });
  it('flags stop words, numbers and single characters as filler', () => {
    const t = tokenize(normalizeText('The 2024 dossier a Renfield'));
    expect([...t.flags].map((f) => f & FILLER)).toEqual([1, 1, 0, 1, 0]);
  });
  it('gives offsets into the normalized text and hashes per word', () => {
    const norm = normalizeText('  Alpha  beta ALPHA');
    const t = tokenize(norm);
    expect(t.count).toBe(3);
    expect(t.hashes[0]).toBe(t.hashes[2]);
    expect(norm.text.slice(t.starts[1], t.ends[1])).toBe('beta');
  });
});
