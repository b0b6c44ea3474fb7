// Static HTTP server for the e2e tests: several directories under URL prefixes on 127.0.0.1 (a
// random port), correct content types, and optional response headers per mount (e.g. a strict CSP).
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

export interface Mount {
  /** URL prefix with both slashes, e.g. '/fixtures/'. */
  prefix: string;
  /** Directory served under the prefix. */
  dir: string;
  /** Extra response headers for every file under this mount. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** e.g. 'http://127.0.0.1:40123' (no trailing slash). */
  baseUrl: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
};

export async function startServer(mounts: Mount[]): Promise<StaticServer> {
  // Longest prefix first, so '/strict/fixtures/' wins over a hypothetical '/strict/'.
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer((req, res) => {
    serve(sorted, req, res).catch((error: unknown) => send(res, 500, String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

async function serve(mounts: Mount[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  // Browsers ask for it on every page; a 404 would show up as a console error in every test.
  if (path === '/favicon.ico') return send(res, 204, '');
  const mount = mounts.find((m) => path.startsWith(m.prefix));
  const file = mount && safeJoin(mount.dir, path.slice(mount.prefix.length));
  const found = file && (await fileOrIndex(file));
  if (!mount || !found) return send(res, 404, `not found: ${path}`);
  const body = await readFile(found);
  res.writeHead(200, {
    'content-type': contentType(found, body),
    'cache-control': 'no-store',
    ...mount.headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Joins without letting '..' escape the mount's directory. */
function safeJoin(dir: string, relative: string): string | undefined {
  const full = normalize(join(dir, relative));
  return full === dir || full.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? full : undefined;
}

async function fileOrIndex(file: string): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) return fileOrIndex(join(file, 'index.html'));
  return undefined;
}

/** HTML is UTF-8 unless its first 1024 bytes declare a charset (as browsers sniff it). */
function contentType(file: string, body: Buffer): string {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (type !== 'text/html') return type;
  const head = body.subarray(0, 1024).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  return `text/html; charset=${declared ?? 'utf-8'}`;
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
