/**
 * Serves a built site on 127.0.0.1 as the static hosts of README « Deploy »
 * do: under a base path, `dir/` → `dir/index.html` (and `dir` redirected to
 * `dir/`), unknown paths → the site's 404 page with status 404, the headers
 * its `_headers` file declares, no dotfile and no `_headers`, GET and HEAD
 * only. Files are looked up on each request (sirv's `dev` mode), so a rebuild
 * is served at once; while a swap killed between its renames has left no
 * `dist` (scripts/replace-dir.ts), `dist.old` is served.
 *
 * `node scripts/serve.ts [dir=dist] [port=4321] [base=/]`
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';
import { publishedDir } from './replace-dir.ts';

/** One rule of a Netlify/Cloudflare `_headers` file: a path pattern and the headers it adds. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Reads a `_headers` file: a path pattern at the start of a line, `Name: value` lines indented under it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a path. Hint: indent headers under a path pattern.`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers of every rule whose pattern matches `pathname` (`*` matches anything, as Netlify's splat). */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&')).join('.*')}$`, 'u');
    if (pattern.test(pathname)) for (const [name, value] of rule.headers) headers[name] = value;
  }
  return headers;
}

/** `dossier`, `/dossier` or `/dossier/` → `/dossier/`; `` or `/` → `/`. */
export function basePath(base: string): string {
  const inner = base.replace(/^\/+|\/+$/gu, '');
  return inner ? `/${inner}/` : '/';
}

/** Files a host keeps for itself: its configuration, never served. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

/** Pagefind's index files, whose type sirv does not know (it would send an empty Content-Type). */
const PAGEFIND_FILE = /\.(?:pf_\w+|pagefind)$/u;

interface Site {
  root: string;
  serve: ReturnType<typeof sirv>;
  rules: HeaderRule[];
  rulesStamp: string;
}

export interface SiteServerOptions {
  /** The built site's folder. */
  dir: string;
  port: number;
  /** The sub-path the site was built for (SITE_BASE). */
  base?: string;
}

/** Serves `dir` on 127.0.0.1:`port`, once listening; `port` 0 picks a free one. */
export async function serveSite({ dir, port, base = '/' }: SiteServerOptions): Promise<Server> {
  const prefix = basePath(base);
  const sites = new Map<string, Site>();
  const root = resolve(dir);

  /** The folder to serve: `dir`, or `dir.old` while an interrupted swap has left only that. */
  function site(): Site {
    const current = publishedDir(root);
    let found = sites.get(current);
    if (!found) {
      const serve = sirv(current, {
        // Looks each file up when asked instead of listing the folder once: a rebuild is served at once.
        dev: true,
        etag: true,
        dotfiles: false,
        extensions: ['html'],
        setHeaders: (response, pathname) => {
          if (PAGEFIND_FILE.test(pathname)) response.setHeader('Content-Type', 'application/octet-stream');
        },
      });
      found = { root: current, serve, rules: [], rulesStamp: '' };
      sites.set(current, found);
    }
    // Read again when the file changes (a rebuild); kept as it was if it cannot be read now (EMFILE).
    const file = join(current, '_headers');
    const info = statSync(file, { throwIfNoEntry: false });
    const stamp = info ? `${info.ino}:${info.mtimeMs}:${info.size}` : 'none';
    if (stamp !== found.rulesStamp) {
      try {
        found.rules = info ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
        found.rulesStamp = stamp;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === undefined) throw new Error(`${file}: ${(error as Error).message}`);
      }
    }
    return found;
  }

  function plain(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
    response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(`${text}\n`);
  }

  /** The site's 404 page with status 404 (a plain « 404 » when it has none, or it cannot be read now). */
  function notFound(response: ServerResponse, current: Site): void {
    readFile(join(current.root, '404.html'))
      .then(
        (page) => response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': page.length }).end(page),
        () => plain(response, 404, '404 Not Found'),
      )
      .catch(() => response.destroy());
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const current = site();
    let url: URL | undefined;
    try {
      // The WHATWG parser resolves `.`/`..` segments (written or as %2e) and reads `\` as `/`, as browsers do.
      url = new URL(request.url ?? '/', 'http://127.0.0.1');
    } catch {
      url = undefined;
    }
    const path = url?.pathname.startsWith(prefix) ? `/${url.pathname.slice(prefix.length)}` : undefined;
    let decoded: string | undefined;
    try {
      decoded = path === undefined ? undefined : decodeURIComponent(path);
    } catch {
      decoded = undefined;
    }
    // The rules as a host reads them, with the site's folder as its root.
    for (const [name, value] of Object.entries(headersFor(current.rules, decoded ?? '/'))) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      plain(response, 405, '405 Method Not Allowed: a static site answers GET and HEAD only.', { Allow: 'GET, HEAD' });
      return;
    }
    if (!url) {
      plain(response, 400, `400 Bad Request: "${request.url}" is not a path.`);
      return;
    }
    if (`${url.pathname}/` === prefix) {
      response.writeHead(301, { Location: `${prefix}${url.search}` }).end();
      return;
    }
    if (path === undefined) {
      notFound(response, current);
      return;
    }
    if (decoded === undefined) {
      plain(response, 400, `400 Bad Request: "${url.pathname}" has a malformed %-escape.`);
      return;
    }
    // `..%2f`, `%5c`, dotfiles: a segment starting with `.`, a backslash or a NUL names no file of the site.
    if (decoded.split('/').some((segment) => segment.startsWith('.')) || /[\\\0]/u.test(decoded) || HOST_FILES.has(decoded)) {
      notFound(response, current);
      return;
    }
    if (!decoded.endsWith('/') && statSync(join(current.root, decoded), { throwIfNoEntry: false })?.isDirectory()) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    // sirv sends the file with a read stream piped into the response: a read that fails
    // (EMFILE under load) ends this response instead of the process, and a response the
    // client drops closes its file.
    response.on('pipe', (source: Readable) => {
      source.on('error', () => response.destroy());
      response.on('close', () => source.destroy());
    });
    request.url = `${path}${url.search}`;
    current.serve(request, response, () => notFound(response, current));
  }

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      console.error(`${request.method} ${request.url}: ${(error as Error).message}`);
      if (response.headersSent) response.destroy();
      else plain(response, 500, `500 Internal Server Error: ${(error as Error).message}`);
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  // Once listening, an error is a connection it could not accept (EMFILE): the server goes on.
  let quietUntil = 0;
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (Date.now() < quietUntil) return;
    quietUntil = Date.now() + 1000;
    console.error(`A connection was refused (${error.code ?? error.message}); the server goes on.`);
  });
  return server;
}

if (import.meta.main) {
  const [dir = 'dist', portText = '4321', base = process.env.SITE_BASE ?? '/'] = process.argv.slice(2);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`The port "${portText}" is not a port number. Hint: node scripts/serve.ts ${dir} 4321 ${base}`);
    process.exit(2);
  }
  if (!existsSync(dir) && !existsSync(`${dir}.old`)) console.warn(`${dir}/ does not exist yet: every address answers 404 until a build makes it (npm run build).`);
  const server = await serveSite({ dir, port, base }).catch((error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is taken. Hint: stop the server using it, or give another port: node scripts/serve.ts ${dir} 4322` : error.message);
    process.exit(1);
  });
  const { port: listening } = server.address() as { port: number };
  console.log(`Serving ${dir}/ at http://127.0.0.1:${listening}${basePath(base)}`);
}
