/**
 * Serves a built site on localhost, as a static host would: under a base
 * path, `dir/` → `dir/index.html`, unknown paths → the site's 404 page.
 *
 * `node scripts/serve.ts [dir=dist] [port=4321] [base=/]`
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', portText = '4321', baseArg = process.env.SITE_BASE ?? '/'] = process.argv.slice(2);
const root = resolve(dir);
const port = Number(portText);
const base = `/${baseArg.replace(/^\/+|\/+$/gu, '')}/`.replace('//', '/');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

async function fileFor(pathname: string): Promise<string | undefined> {
  if (!pathname.startsWith(base)) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
  const path = join(root, relative);
  if (!path.startsWith(root)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory() && pathname.endsWith('/')) {
    const index = join(path, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const found = await fileFor(pathname).catch(() => undefined);
  const path = found ?? join(root, '404.html');
  const status = found ? 200 : 404;
  const exists = await stat(path).catch(() => undefined);
  if (!exists) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
    return;
  }
  response.writeHead(status, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${dir}/ at http://127.0.0.1:${port}${base}`);
});
