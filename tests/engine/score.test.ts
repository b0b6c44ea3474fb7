import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../engine/engine-index';
import { discusses, mostSevere, republishThreshold, score } from '../../engine/score';
import { THRESHOLDS } from '../../engine/thresholds';
import type { Passage } from '../../engine/types';
import { fixtureBundle, LEAK } from './helpers/fixture-bundle';

const normal = THRESHOLDS.normal;
const index = buildIndex(fixtureBundle());

function mention(name: string, weak = false): Passage {
  return {
    kind: 'mention',
    leak: LEAK,
    start: 0,
    end: 1,
    matchedWords: 0,
    mention: { name, weak },
  };
}
function fingerprint(document: string, matchedWords: number, contentWords = matchedWords): Passage {
  return {
    kind: 'fingerprint',
    leak: LEAK,
    document,
    start: 0,
    end: 1,
    matchedWords,
    contentWords,
  };
}

describe('mostSevere', () => {
  it('orders the ladder', () => {
    expect(mostSevere([])).toBe('none');
    expect(mostSevere(['links', 'quotes', 'discusses'])).toBe('quotes');
    expect(mostSevere(['none', 'republishes'])).toBe('republishes');
  });
});

describe('discusses rule', () => {
  it('needs two distinct strong names at normal sensitivity', () => {
    expect(discusses([mention('Copper Lynx')], normal)).toBe(false);
    expect(discusses([mention('Copper Lynx'), mention('copper lynx')], normal)).toBe(false);
    expect(discusses([mention('Copper Lynx'), mention('Renfield dossier')], normal)).toBe(true);
  });
  it('weak names never suffice, and count only with strong ones at high sensitivity', () => {
    const weakOnly = [
      mention('TA-909', true),
      mention('Bluefin Group', true),
      mention('hack', true),
    ];
    expect(discusses(weakOnly, THRESHOLDS.high)).toBe(false);
    const oneStrongTwice = [
      mention('Copper Lynx'),
      mention('Copper Lynx'),
      mention('TA-909', true),
    ];
    expect(discusses(oneStrongTwice, normal)).toBe(false);
    expect(discusses(oneStrongTwice, THRESHOLDS.high)).toBe(true);
  });
  it('counts one entity named two ways once', () => {
    expect(discusses([mention('APT42'), mention('APT 42')], normal)).toBe(false);
    const alias = (name: string): Passage => ({ ...mention(name), document: 'renfield' });
    expect(discusses([alias('Renfield dossier'), alias('Renfield vetting file')], normal)).toBe(
      false,
    );
    expect(discusses([alias('Renfield dossier'), mention('APT 42')], normal)).toBe(true);
  });
  it('needs three distinct strong names at low sensitivity', () => {
    const two = [mention('Copper Lynx'), mention('Renfield dossier')];
    expect(discusses(two, THRESHOLDS.low)).toBe(false);
    expect(discusses([...two, mention('Halvorsen memo')], THRESHOLDS.low)).toBe(true);
  });
});

describe('verdicts', () => {
  it('republishes from the sum of one document’s passages, not across documents', () => {
    const r = score(
      [fingerprint('halvorsen-memo', 150), fingerprint('halvorsen-memo', 60)],
      index,
      normal,
    );
    expect(r.verdict).toBe('republishes');
    const split = score(
      [fingerprint('halvorsen-memo', 150), fingerprint('renfield-dossier', 60)],
      index,
      normal,
    );
    expect(split.verdict).toBe('quotes');
  });
  it('a short document is republished at a fraction of its length, with a floor', () => {
    expect(republishThreshold(100, normal)).toBe(80);
    expect(republishThreshold(300, normal)).toBe(150);
    expect(republishThreshold(5000, normal)).toBe(200);
    expect(republishThreshold(undefined, normal)).toBe(200);
  });
  it('quotes need enough matched and content words', () => {
    expect(score([fingerprint('halvorsen-memo', 10, 3)], index, normal).verdict).toBe('quotes');
    expect(score([fingerprint('halvorsen-memo', 9, 9)], index, normal).verdict).toBe('none');
    expect(score([fingerprint('halvorsen-memo', 12, 2)], index, normal).verdict).toBe('none');
  });
  it('drops sub-threshold passages from leaks but keeps them as evidence', () => {
    const r = score([fingerprint('halvorsen-memo', 9), mention('Copper Lynx')], index, normal);
    expect(r.leaks).toEqual([]);
    expect(r.evidence).toHaveLength(2);
  });
  it('lists a leak’s documents and orders leaks most severe first', () => {
    const r = score(
      [
        {
          kind: 'link',
          leak: LEAK,
          document: 'renfield-dossier',
          start: 5,
          end: 9,
          matchedWords: 0,
        },
        { ...mention('Grey Pelican'), leak: 'harrowgate-port-leak' },
        { ...mention('Harrowgate port files'), leak: 'harrowgate-port-leak' },
      ],
      index,
      normal,
    );
    expect(r.verdict).toBe('links');
    expect(r.leaks.map((l) => [l.id, l.verdict, l.documents])).toEqual([
      [LEAK, 'links', ['renfield-dossier']],
      ['harrowgate-port-leak', 'discusses', []],
    ]);
  });
});
