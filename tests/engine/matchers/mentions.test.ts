import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/analyze';
import { DEFAULT_ENGINE_PARAMS } from '../../../engine/fingerprints';
import {
  buildMentionIndex,
  isCommonWordName,
  matchMentions,
} from '../../../engine/matchers/mentions';
import { plainTextPage } from '../../../engine/extract';

const index = buildMentionIndex([
  { leak: 0, name: 'Copper Lynx', weak: false },
  { leak: 0, name: 'Copper Lynx Group', weak: false },
  { leak: 0, document: 'd', name: 'Renfield dossier', weak: false },
  { leak: 0, name: 'TA-909', weak: true },
  { leak: 0, name: 'campaign', weak: false },
  { leak: 0, name: 'The', weak: false },
]);

function names(text: string) {
  return matchMentions(analyze(plainTextPage(text), DEFAULT_ENGINE_PARAMS), index).map((h) => [
    text.slice(h.start, h.end),
    h.name,
    h.weak,
  ]);
}

describe('matchMentions', () => {
  it('finds whole word sequences, case- and punctuation-insensitively, longest first', () => {
    expect(names('COPPER LYNX group, then copper-lynx and the renfield  dossier.')).toEqual([
      ['COPPER LYNX group', 'Copper Lynx Group', false],
      ['copper-lynx', 'Copper Lynx', false],
      ['renfield  dossier', 'Renfield dossier', false],
    ]);
  });
  it('never matches inside a word', () => {
    expect(names('Coppery Lynxes and ta-9090')).toEqual([]);
  });
  it('treats lower-case names as weak and ignores names of stop words only', () => {
    expect(isCommonWordName('campaign')).toBe(true);
    expect(isCommonWordName('APT42')).toBe(false);
    expect(names('The campaign said TA-909.')).toEqual([
      ['campaign', 'campaign', true],
      ['TA-909', 'TA-909', true],
    ]);
  });
});
