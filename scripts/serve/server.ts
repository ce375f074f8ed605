/**
 * The production-like static server: it serves the built site as Netlify or Cloudflare Pages
 * would, so that tests and the benchmark see what visitors get. Brotli (or gzip) compression of
 * text, correct content types, index.html for directories (with a redirect to the trailing
 * slash), 404.html for misses, the headers of `_headers` (scripts/serve/headers.ts), and
 * long-lived caching of Astro's hashed assets. Used by the end-to-end tests (`npm run serve`,
 * started by Playwright), `npm start` and `npm run bench`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { headersFor, parseHeaders, type HeaderRule } from './headers.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** Types worth compressing (Pagefind's own files are already gzipped and are not in this list). */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|javascript|wasm)|image\/svg\+xml)/;

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The encoding to answer with, from an Accept-Encoding header: brotli first, then gzip, else none. */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

interface Cached {
  body: Buffer;
  type: string;
}

export interface StaticServer {
  server: Server;
  port: number;
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /**
   * `best` (default): brotli quality 11 and gzip level 9, as a CDN serving precompressed files
   * would (the benchmark); `fast`: brotli quality 4 and gzip level 6, for the end-to-end tests,
   * which read each file once and care about headers and behaviour, not bytes.
   */
  compression?: 'best' | 'fast';
}

/**
 * Serves `root` on 127.0.0.1, also reachable as `localhost` (a second site for cross-site tests).
 * Files are read and compressed on first request and kept in memory: serve a finished build.
 */
// eslint-disable-next-line max-lines-per-function -- one request handler: headers, ranges, compression and errors read in order
export async function serveStatic(root: string, options: ServeOptions | number = {}): Promise<StaticServer> {
  const { port = 0, compression = 'best' } = typeof options === 'number' ? { port: options } : options;
  const brotliQuality = compression === 'best' ? 11 : 4;
  const gzipLevel = compression === 'best' ? 9 : 6;
  const cache = new Map<string, Cached>();
  let rules: HeaderRule[] | null = null;
  const headerRules = () => {
    if (rules === null) {
      const file = join(root, '_headers');
      rules = existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
    }
    return rules;
  };

  const load = (file: string, encoding: 'br' | 'gzip' | null): Cached => {
    const key = `${encoding ?? 'identity'}:${file}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const raw = readFileSync(file);
    const type = contentType(file);
    let body = raw;
    if (encoding === 'br') {
      body = brotliCompressSync(raw, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: brotliQuality, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
      });
    } else if (encoding === 'gzip') {
      body = gzipSync(raw, { level: gzipLevel });
    }
    const entry = { body, type };
    cache.set(key, entry);
    return entry;
  };

  const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
  const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const local = normalize(join(root, path));
    if (local !== normalize(root) && !local.startsWith(normalize(root) + sep)) {
      res.writeHead(403).end();
      return;
    }

    let file: string | null = null;
    let status = 200;
    if (isFile(local)) file = local;
    else if (isDir(local)) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      if (isFile(join(local, 'index.html'))) file = join(local, 'index.html');
    }
    if (!file) {
      status = 404;
      file = isFile(join(root, '404.html')) ? join(root, '404.html') : null;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }

    const compressible = COMPRESSIBLE.test(contentType(file));
    const encoding = compressible ? pickEncoding(req.headers['accept-encoding']) : null;
    const { body, type } = load(file, encoding);
    const headers: Record<string, string | number> = {
      'content-type': type,
      'content-length': body.length,
      'cache-control': url.pathname.startsWith('/_astro/')
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate',
    };
    if (compressible) headers['vary'] = 'Accept-Encoding';
    if (encoding) headers['content-encoding'] = encoding;
    for (const [name, value] of headersFor(headerRules(), status === 404 ? '/404.html' : path)) headers[name] = value;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    port: actual,
    origin: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
