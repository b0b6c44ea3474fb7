// The accept/refuse decision on hostile and broken bundles: every refusal has a one-line reason;
// only a signed, valid, usable, newer bundle is accepted.
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptBundle, type Acceptance } from '../../../extension/updates/accept';
import { importPublicKey } from '../../../extension/updates/verify';
import { newKeyPair, sign, testBundle, utf8, type KeyPair } from './helpers';

let key: KeyPair;
let publicKey: CryptoKey;
beforeAll(async () => {
  key = await newKeyPair();
  publicKey = await importPublicKey(key.publicBase64);
});

const context = { activeVersion: 3, builtinVersion: 2 };

/** Signs `bytes` with the test key (or `signer`) and runs the decision. */
async function decide(
  bytes: Uint8Array<ArrayBuffer>,
  options: { signer?: KeyPair; activeVersion?: number; builtinVersion?: number } = {},
): Promise<Acceptance> {
  const signature = await sign(options.signer ?? key, bytes);
  return acceptBundle({ bytes, signature }, { publicKey, ...context, ...options });
}

const json = (value: unknown): Uint8Array<ArrayBuffer> => utf8(JSON.stringify(value));

function reasonOf(result: Acceptance): string {
  if (result.kind !== 'refused') throw new Error(`expected a refusal, got ${result.kind}`);
  expect(result.reason).not.toMatch(/\n/);
  return result.reason;
}

describe('acceptBundle', () => {
  it('accepts a signed, valid, newer bundle and returns its exact text', async () => {
    const text = JSON.stringify(testBundle({ version: 4 }));
    const result = await decide(utf8(text));
    expect(result).toMatchObject({
      kind: 'accepted',
      text,
      bundle: { id: 'test-bundle', version: 4 },
    });
  });

  it('refuses a truncated bundle (signed as truncated, so only JSON fails)', async () => {
    const text = JSON.stringify(testBundle({ version: 4 }));
    expect(reasonOf(await decide(utf8(text.slice(0, text.length / 2))))).toBe('bundle is not JSON');
  });

  it('refuses a truncated bundle whose signature was made over the whole file', async () => {
    const bytes = json(testBundle({ version: 4 }));
    const signature = await sign(key, bytes);
    const result = await acceptBundle(
      { bytes: bytes.slice(0, bytes.length - 10), signature },
      { publicKey, ...context },
    );
    expect(reasonOf(result)).toBe('signature does not verify');
  });

  it('refuses invalid JSON and bytes that are not UTF-8', async () => {
    expect(reasonOf(await decide(utf8('{"format": 1, version: 4}')))).toBe('bundle is not JSON');
    expect(reasonOf(await decide(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toBe(
      'bundle is not UTF-8 text',
    );
  });

  it('refuses the wrong schema, naming the field', async () => {
    expect(reasonOf(await decide(json({ hello: 'world' })))).toMatch(/^invalid bundle at format: /);
    expect(reasonOf(await decide(json(testBundle({ version: 4, leaks: 'none' }))))).toMatch(
      /^invalid bundle at leaks: /,
    );
    expect(reasonOf(await decide(json(testBundle({ version: '4' }))))).toMatch(
      /^invalid bundle at version: /,
    );
    expect(reasonOf(await decide(json(testBundle({ version: 4, format: 2 }))))).toMatch(
      /^invalid bundle at format: /,
    );
  });

  it('refuses a wrong signature and a signature by another key', async () => {
    const bytes = json(testBundle({ version: 4 }));
    const forged = await acceptBundle(
      { bytes, signature: await sign(key, json(testBundle({ version: 5 }))) },
      { publicKey, ...context },
    );
    expect(reasonOf(forged)).toBe('signature does not verify');
    expect(reasonOf(await decide(bytes, { signer: await newKeyPair() }))).toBe(
      'signature does not verify',
    );
  });

  it('refuses a replayed older version (no downgrade), signed with the right key', async () => {
    expect(reasonOf(await decide(json(testBundle({ version: 2 }))))).toBe(
      'version 2 is older than the active version 3',
    );
  });

  it('never goes below the built-in bundle, even with no update stored', async () => {
    const result = await decide(json(testBundle({ version: 7 })), {
      activeVersion: 8,
      builtinVersion: 8,
    });
    expect(reasonOf(result)).toBe('version 7 is older than the active version 8');
  });

  it('treats the active version served again as current, not as an update', async () => {
    expect(await decide(json(testBundle({ version: 3 })))).toEqual({ kind: 'current', version: 3 });
  });

  it('accepts HTML and script in every text field as data (rendering is inert elsewhere)', async () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const bundle = testBundle({ version: 4, id: 'test-bundle' });
    const leak = bundle.leaks[0]!;
    const hostile = {
      ...bundle,
      leaks: [
        {
          ...leak,
          title: evil,
          summary: evil,
          mentions: [evil],
          weakMentions: [evil],
          documents: [
            {
              ...leak.documents[0]!,
              title: evil,
              description: evil,
              aliases: [evil],
              phrases: [evil],
            },
          ],
          context: {
            attribution: [{ claim: evil, by: evil, date: '2031-04-01', url: 'https://a.example/' }],
            timeline: [{ date: '2031-04-01', event: evil }],
          },
          statements: [
            {
              party: 'outlet',
              speaker: evil,
              organization: evil,
              date: '2031-04-02',
              quote: evil,
              url: 'https://a.example/s',
            },
          ],
        },
      ],
    };
    const result = await decide(json(hostile));
    expect(result.kind).toBe('accepted');
    if (result.kind === 'accepted') expect(result.bundle.leaks[0]!.statements[0]!.quote).toBe(evil);
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['http://copies.example/memo'],
    ['JAVASCRIPT://x.example/%0aalert(1)'],
  ])('refuses a non-https link: %s', async (link) => {
    const bundle = testBundle({ version: 4 });
    const doc = bundle.leaks[0]!.documents[0]!;
    const withLink = {
      ...bundle,
      leaks: [{ ...bundle.leaks[0]!, documents: [{ ...doc, urls: [link] }] }],
    };
    expect(reasonOf(await decide(json(withLink)))).toMatch(
      /^invalid bundle at leaks\.0\.documents\.0\.urls\.0: an https:\/\/ URL$/,
    );
  });

  it('refuses engine parameters this engine does not implement', async () => {
    const unknownHash = testBundle({ version: 4, engine: { shingle: 5, hash: 'sha3-512' } });
    expect(reasonOf(await decide(json(unknownHash)))).toBe(
      'engine cannot use the bundle: unsupported fingerprint hash "sha3-512" (this engine implements: fnv1a32)',
    );
    const hugeShingle = testBundle({ version: 4, engine: { shingle: 40, hash: 'fnv1a32' } });
    expect(reasonOf(await decide(json(hugeShingle)))).toMatch(
      /^invalid bundle at engine\.shingle: /,
    );
  });

  it('refuses undecodable fingerprints (the engine cannot build its index)', async () => {
    const bundle = testBundle({ version: 4 });
    const doc = { ...bundle.leaks[0]!.documents[0]!, fingerprints: '////' };
    const broken = { ...bundle, leaks: [{ ...bundle.leaks[0]!, documents: [doc] }] };
    expect(reasonOf(await decide(json(broken)))).toMatch(
      /^engine cannot use the bundle: bad fingerprints in northwind\/memo: /,
    );
  });
});
