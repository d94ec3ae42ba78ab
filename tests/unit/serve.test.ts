import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/serve.ts';
import { replaceDir } from '../../scripts/replace-dir.ts';
import { ROOT } from './helpers.ts';

/**
 * `scripts/serve.ts` run as `npm run serve` runs it (a child process on
 * 127.0.0.1), on a small site with, next to it, the folders a host must never
 * serve from it: `dist-next/`, `dist.old/`.
 */
function makeSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'serve-'));
  const files: Record<string, string> = {
    'dist/index.html': '<p>home</p>',
    'dist/404.html': '<p>page-404</p>',
    'dist/.env': 'SECRET=dotfile-secret',
    'dist/sub/index.html': '<p>sub page</p>',
    'dist/sub/.hidden': 'hidden-secret',
    'dist/_astro/app.abc123.js': 'console.log(1);',
    'dist/big.bin': 'x'.repeat(256 * 1024),
    'dist-next/index.html': 'sibling-secret',
    'dist.old/index.html': 'old-secret',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  copyFileSync(join(ROOT, 'public/_headers'), join(root, 'dist/_headers'));
  return root;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

/** Starts the server (in bash with `ulimit -n <files>` if given) and waits for its URL line. */
async function startServer(dir: string, base?: string, files?: number): Promise<{ port: number; child: ChildProcess; output: () => string }> {
  const port = await freePort();
  const args = [join(ROOT, 'scripts/serve.ts'), dir, String(port), ...(base ? [base] : [])];
  const child = files ? spawn('bash', ['-c', `ulimit -n ${files}; exec "$0" "$@"`, process.execPath, ...args], { cwd: ROOT }) : spawn(process.execPath, args, { cwd: ROOT });
  children.push(child);
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start in 10 s: ${output}`)), 10_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Serving ')) {
        clearTimeout(timer);
        done();
      }
    });
    child.on('exit', (code) => fail(new Error(`the server exited (${code}): ${output}`)));
  });
  return { port, child, output: () => output };
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request with the target sent as written (no normalisation, as `curl --path-as-is`). */
function get(port: number, path: string, method = 'GET'): Promise<Reply> {
  return new Promise((done, fail) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method, agent: false, timeout: 20_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode!, headers: response.headers, body }));
      response.on('error', fail);
    });
    request.on('timeout', () => request.destroy(new Error(`${method} ${path}: no answer in 20 s`)));
    request.on('error', fail);
    request.end();
  });
}

describe('the preview server (scripts/serve.ts)', () => {
  it('serves nothing outside its folder, however the path is written', async () => {
    const root = makeSite();
    const { port } = await startServer(join(root, 'dist'));
    const paths = [
      '/../dist-next/index.html',
      '/..%2fdist-next/index.html',
      '/..%2Fdist-next%2Findex.html',
      '/%2e%2e/dist-next/index.html',
      '/%2e%2e%2fdist-next/index.html',
      '/.%2e/dist.old/index.html',
      '/..\\dist-next\\index.html',
      '/..%5cdist-next%5cindex.html',
      '/sub/../../dist.old/index.html',
      '/sub/..%2f..%2fdist.old/index.html',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    ];
    for (const path of paths) {
      const reply = await get(port, path);
      expect([400, 404], path).toContain(reply.status);
      expect(reply.body, path).not.toMatch(/secret|root:/u);
    }
  });

  it('refuses dotfiles and the _headers file, with the 404 page', async () => {
    const root = makeSite();
    const { port } = await startServer(join(root, 'dist'));
    for (const path of ['/.env', '/%2eenv', '/sub/.hidden', '/sub/%2Ehidden', '/_headers', '/%5fheaders']) {
      const reply = await get(port, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).toBe('<p>page-404</p>');
    }
  });

  it('answers a malformed request target with 400, and keeps serving', async () => {
    const root = makeSite();
    const { port, child } = await startServer(join(root, 'dist'));
    expect((await get(port, 'http://[')).status).toBe(400);
    expect((await get(port, '/%E0%A4%A')).status).toBe(400);
    expect(child.exitCode).toBeNull();
    expect((await get(port, '/')).body).toBe('<p>home</p>');
  });

  it('sends the headers of _headers, and the 404 page with status 404', async () => {
    const root = makeSite();
    const { port } = await startServer(join(root, 'dist'));
    const rules = parseHeadersFile(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
    for (const [path, status, body] of [
      ['/', 200, '<p>home</p>'],
      ['/sub/', 200, '<p>sub page</p>'],
      ['/_astro/app.abc123.js', 200, 'console.log(1);'],
      ['/nowhere/', 404, '<p>page-404</p>'],
    ] as const) {
      const reply = await get(port, path);
      expect(reply.status, path).toBe(status);
      expect(reply.body, path).toBe(body);
      const expected = Object.entries(headersFor(rules, path)).map(([name, value]) => [name.toLowerCase(), value]);
      expect(expected.length, path).toBeGreaterThan(5);
      for (const [name, value] of expected) expect(reply.headers[name!], `${path}: ${name}`).toBe(value);
    }
    const page = await get(port, '/');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['content-type']).toMatch(/^text\/html/u);
    expect((await get(port, '/_astro/app.abc123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers writes with 405 and the methods it allows, and HEAD with the headers only', async () => {
    const root = makeSite();
    const { port } = await startServer(join(root, 'dist'));
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const reply = await get(port, '/', method);
      expect(reply.status, method).toBe(405);
      expect(reply.headers.allow, method).toBe('GET, HEAD');
    }
    const head = await get(port, '/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['x-frame-options']).toBe('DENY');
  });

  it('serves under a base path only, a folder as its index.html, and a folder without its slash redirected to it', async () => {
    const root = makeSite();
    const { port, output } = await startServer(join(root, 'dist'), 'dossier');
    expect(output()).toContain(`at http://127.0.0.1:${port}/dossier/`);
    expect((await get(port, '/dossier/')).body).toBe('<p>home</p>');
    expect((await get(port, '/dossier/sub/')).body).toBe('<p>sub page</p>');
    const redirect = await get(port, '/dossier/sub?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/dossier/sub/?x=1');
    const outside = await get(port, '/sub/');
    expect(outside.status).toBe(404);
    expect(outside.body).toBe('<p>page-404</p>');
    expect((await get(port, '/dossier/_headers')).status).toBe(404);
  });

  it('stays up and answering after 2,000 concurrent requests with 1,024 file descriptors', { timeout: 90_000 }, async () => {
    const root = makeSite();
    const { port, child, output } = await startServer(join(root, 'dist'), undefined, 1024);
    const replies = await Promise.allSettled(Array.from({ length: 2000 }, (_, index) => get(port, index % 2 ? '/big.bin' : '/')));
    const answered = replies.filter((reply) => reply.status === 'fulfilled' && reply.value.status === 200).length;
    expect(child.exitCode, output()).toBeNull();
    expect(answered).toBeGreaterThan(0);
    const after = await get(port, '/big.bin');
    expect(after.status).toBe(200);
    expect(after.body.length).toBe(256 * 1024);
    expect((await get(port, '/')).body).toBe('<p>home</p>');
  });

  it('serves a new build as soon as it is published, without a restart', async () => {
    const root = makeSite();
    const { port } = await startServer(join(root, 'dist'));
    expect((await get(port, '/_astro/app.def456.js')).status).toBe(404);
    mkdirSync(join(root, 'dist-next', '_astro'), { recursive: true });
    writeFileSync(join(root, 'dist-next', '_astro', 'app.def456.js'), 'console.log(2);');
    writeFileSync(join(root, 'dist-next', 'index.html'), '<p>new home</p>');
    await replaceDir(join(root, 'dist-next'), join(root, 'dist'));
    expect((await get(port, '/_astro/app.def456.js')).body).toBe('console.log(2);');
    expect((await get(port, '/')).body).toBe('<p>new home</p>');
  });

  it('serves the last build from dist.old while a swap killed between its renames left no dist', async () => {
    const root = makeSite();
    const { port } = await startServer(join(root, 'dist'));
    expect((await get(port, '/')).body).toBe('<p>home</p>');
    renameSync(join(root, 'dist.old'), join(root, 'stale.old'));
    renameSync(join(root, 'dist'), join(root, 'dist.old'));
    const reply = await get(port, '/sub/');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('<p>sub page</p>');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });
});
