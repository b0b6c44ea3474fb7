// The size cap is enforced while reading: a 50 MB body is refused after little more than the cap
// has been read (never all of it), and a stated Content-Length above the cap before any byte.
import { describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES, readCapped } from '../../../extension/updates/read-capped';

const MB = 1024 * 1024;
const CHUNK = 256 * 1024;

/** A lazy 50 MB body: counts the bytes actually produced. */
function hugeBody(total: number): { body: ReadableStream<Uint8Array>; produced: () => number } {
  let produced = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced >= total) return controller.close();
      produced += CHUNK;
      controller.enqueue(new Uint8Array(CHUNK));
    },
  });
  return { body, produced: () => produced };
}

describe('readCapped', () => {
  it('reads a body under the cap in full', async () => {
    const result = await readCapped(new Response('{"a":1}'), 100, 'bundle');
    expect(result).toEqual({ ok: true, bytes: new TextEncoder().encode('{"a":1}') });
  });

  it('refuses a 50 MB body without reading it all', async () => {
    const { body, produced } = hugeBody(50 * MB);
    const result = await readCapped(new Response(body), MAX_BUNDLE_BYTES, 'bundle');
    expect(result).toEqual({ ok: false, reason: 'bundle is larger than 20 MB' });
    expect(produced()).toBeLessThan(MAX_BUNDLE_BYTES + 4 * CHUNK);
  });

  it('refuses a stated Content-Length above the cap before reading', async () => {
    const { body, produced } = hugeBody(50 * MB);
    const response = new Response(body, { headers: { 'content-length': String(50 * MB) } });
    expect(await readCapped(response, MAX_BUNDLE_BYTES, 'bundle')).toEqual({
      ok: false,
      reason: 'bundle is larger than 20 MB',
    });
    expect(produced()).toBeLessThanOrEqual(2 * CHUNK);
  });

  it('does not trust a Content-Length that understates the body', async () => {
    const response = new Response('x'.repeat(200), { headers: { 'content-length': '10' } });
    expect(await readCapped(response, 100, 'signature')).toEqual({
      ok: false,
      reason: 'signature is larger than 100 bytes',
    });
  });

  it('reads an empty body as no bytes', async () => {
    expect(await readCapped(new Response(null), 100, 'bundle')).toEqual({
      ok: true,
      bytes: new Uint8Array(0),
    });
  });
});
