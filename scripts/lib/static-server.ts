import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

export interface StaticServer {
  origin: string;
  /** Serve a local file and return its URL (a `.gz` file is served decompressed). */
  add(file: string): string;
  close(): Promise<void>;
}

/**
 * A loopback server for local pages: tests, inspect and the demo open them over http, as a
 * user would, since extensions are not given file:// access by default.
 */
export async function startStaticServer(root?: string): Promise<StaticServer> {
  const files = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = files.get(urlPath) ?? (root ? safeJoin(root, urlPath) : null);
    if (!file) return void res.writeHead(404).end('not found');
    try {
      let body = await readFile(file);
      let name = file;
      if (name.endsWith('.gz')) {
        body = gunzipSync(body);
        name = name.slice(0, -3);
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream', ...(await sidecarHeaders(file)) });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    add(file) {
      const abs = path.resolve(file);
      const name = path.basename(abs).replace(/\.gz$/, '');
      const urlPath = `/f/${files.size}/${encodeURIComponent(name)}`;
      files.set(urlPath, abs);
      return origin + urlPath;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections alive: without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

/**
 * Extra response headers from `page.html.headers.json` beside a file, when there is one: test
 * pages that need a header (a Content-Security-Policy) say so next to themselves.
 */
async function sidecarHeaders(file: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(`${file}.headers.json`, 'utf8');
  } catch {
    return {};
  }
  const parsed: unknown = JSON.parse(text);
  const headers: Record<string, string> = {};
  if (parsed && typeof parsed === 'object') {
    for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
  }
  return headers;
}

function safeJoin(root: string, urlPath: string): string | null {
  const abs = path.resolve(root, `.${urlPath}`);
  return abs.startsWith(path.resolve(root) + path.sep) ? abs : null;
}
