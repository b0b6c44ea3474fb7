// Builds the fictional test bundle from the fixture documents with the engine's own
// documentFingerprints, exactly as the bundle compiler would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBundle, type Bundle } from '../../../engine/bundle';
import {
  DEFAULT_ENGINE_PARAMS,
  documentFingerprints,
  documentWordCount,
} from '../../../engine/fingerprints';
import { encodeHashes } from '../../../engine/hash-codec';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'engine');

export function fixtureDocument(name: string): string {
  return readFileSync(join(FIXTURES, 'documents', `${name}.txt`), 'utf8');
}

export function fixturePage(name: string): string {
  return readFileSync(join(FIXTURES, 'pages', name), 'utf8');
}

function sourced(name: string): { fingerprints: string; words: number } {
  const text = fixtureDocument(name);
  return {
    fingerprints: encodeHashes(documentFingerprints(text, DEFAULT_ENGINE_PARAMS)),
    words: documentWordCount(text),
  };
}

export const LEAK = 'veridia-campaign-leak';
export const OTHER_LEAK = 'harrowgate-port-leak';

/** The raw bundle object (before validation), so tests can alter it. */
export function rawFixtureBundle(): Record<string, unknown> {
  return {
    format: 1,
    id: 'test-bundle',
    version: 1,
    created: '2026-01-01',
    engine: { ...DEFAULT_ENGINE_PARAMS },
    leaks: [
      {
        id: LEAK,
        title: 'Marlowe campaign hack-and-leak',
        summary: 'A fictional hack of the fictional Marlowe for Governor campaign.',
        disclosed: '2026-01-01',
        mentions: ['Copper Lynx', 'Operation Glass Harbor', 'Marlowe campaign hack'],
        weakMentions: ['TA-909', 'Bluefin Group', 'hack-and-leak', 'Marlowe'],
        documents: [
          {
            id: 'renfield-dossier',
            title: 'Vetting dossier on Tobias Renfield',
            aliases: ['Renfield dossier', 'Renfield vetting file'],
            phrases: ['a lacquered technocrat who has never mended a fence in her life'],
            urls: ['https://www.leakvault.example/files/renfield-dossier'],
            ...sourced('renfield-dossier'),
          },
          {
            id: 'halvorsen-memo',
            title: 'Halvorsen strategy memo',
            aliases: ['Halvorsen memo'],
            phrases: [
              'Veridia cannot afford four more years of a governor who is waiting for the problems to solve themselves',
            ],
            urls: ['https://files.example.org/glass-harbor/halvorsen%20memo.pdf'],
            ...sourced('halvorsen-memo'),
          },
          {
            id: 'ashdown-emails',
            title: 'Ashdown emails',
            aliases: ['Corwin Ashdown emails'],
            ...sourced('ashdown-emails'),
          },
          {
            id: 'brandvold-dossier',
            title: 'Vetting dossier on Odile Brandvold',
            aliases: ['Brandvold dossier'],
            phrases: ['a sixty day review of the harbor dredging contracts awarded without bids'],
          },
        ],
      },
      {
        id: OTHER_LEAK,
        title: 'Harrowgate port authority leak',
        summary: 'A second fictional leak, with names only.',
        disclosed: '2025-06-01',
        mentions: ['Grey Pelican', 'Harrowgate port files'],
        documents: [{ id: 'tariff-ledger', title: 'Harrowgate tariff ledger' }],
      },
    ],
  };
}

export function fixtureBundle(): Bundle {
  const parsed = parseBundle(rawFixtureBundle());
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}
