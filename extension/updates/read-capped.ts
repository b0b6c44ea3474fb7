// Reads a response body with a size cap enforced while reading: a stated Content-Length above the
// cap is refused before any byte is read, and a body that grows past it is cancelled mid-stream.

export type CappedRead =
  { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: string };

/** 20 MB: several times the largest bundle expected; the cap bounds memory, not the format. */
export const MAX_BUNDLE_BYTES = 20 * 1024 * 1024;
/** A signature file is 88 characters of base64 and a newline; anything much larger is not one. */
export const MAX_SIGNATURE_BYTES = 1024;

const tooLarge = (what: string, max: number): CappedRead => ({
  ok: false,
  reason: `${what} is larger than ${formatSize(max)}`,
});

export async function readCapped(
  response: Response,
  max: number,
  what: string,
): Promise<CappedRead> {
  const stated = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(stated) && stated > max) {
    await response.body?.cancel().catch(() => {});
    return tooLarge(what, max);
  }
  if (response.body === null) return { ok: true, bytes: new Uint8Array(0) };
  const chunks = await readChunks(response.body.getReader(), max);
  return chunks === null ? tooLarge(what, max) : { ok: true, bytes: concat(chunks) };
}

/** The chunks of a stream, or null (and the stream cancelled) once they pass `max` bytes. */
async function readChunks(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  max: number,
): Promise<Uint8Array[] | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}
