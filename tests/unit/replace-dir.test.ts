import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedDir, replaceDir, type SwapOperations } from '../../scripts/replace-dir.ts';
import { ROOT } from './helpers.ts';

/** A build: two pages that say which build they belong to. */
async function build(dir: string, name: string): Promise<void> {
  await mkdir(join(dir, 'sub'), { recursive: true });
  await writeFile(join(dir, 'index.html'), name);
  await writeFile(join(dir, 'sub', 'index.html'), name);
}

/** Which whole build `dir` holds, or what is wrong with it. */
async function whichBuild(dir: string): Promise<string> {
  const home = await readFile(join(dir, 'index.html'), 'utf8').catch(() => 'no index.html');
  const sub = await readFile(join(dir, 'sub', 'index.html'), 'utf8').catch(() => 'no sub/index.html');
  return home === sub ? home : `${home} + ${sub}`;
}

class Killed extends Error {}

/**
 * File operations that stop as a kill would: after `count` of them have run, or
 * in the middle of the next one (a removal that got through part of the folder).
 */
function killedAfter(count: number, midway: boolean): SwapOperations & { done: number } {
  const operations = {
    done: 0,
    async rename(from: string, to: string) {
      if (operations.done === count) throw new Killed();
      await rename(from, to);
      operations.done += 1;
    },
    async rm(path: string, options: { recursive: true; force: true }) {
      if (operations.done === count) {
        if (midway && existsSync(join(path, 'sub'))) await rm(join(path, 'sub'), options);
        throw new Killed();
      }
      await rm(path, options);
      operations.done += 1;
    },
  };
  return operations;
}

describe('replaceDir', () => {
  it('puts the new build in the place of the old one, and leaves nothing behind', async () => {
    const root = await mkdtemp(join(tmpdir(), 'replace-dir-'));
    await mkdir(join(root, 'dist'));
    await writeFile(join(root, 'dist', 'old.html'), 'old');
    await mkdir(join(root, 'dist-next'));
    await writeFile(join(root, 'dist-next', 'index.html'), 'new');
    await replaceDir(join(root, 'dist-next'), join(root, 'dist'));
    expect(await readdir(join(root, 'dist'))).toEqual(['index.html']);
    expect(await readFile(join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
    expect((await readdir(root)).sort()).toEqual(['dist']);
  });

  it('keeps the old build when there is no new one, and says why', async () => {
    const root = await mkdtemp(join(tmpdir(), 'replace-dir-'));
    await mkdir(join(root, 'dist'));
    await writeFile(join(root, 'dist', 'index.html'), 'old');
    await expect(replaceDir(join(root, 'dist-next'), join(root, 'dist'))).rejects.toThrow(/dist-next is missing: there is no build to publish/u);
    expect(await readFile(join(root, 'dist', 'index.html'), 'utf8')).toBe('old');
  });

  it('leaves a whole site to serve when killed at any point, and the next run publishes its build', async () => {
    const kills: string[] = [];
    for (const leftover of [false, true]) {
      for (let count = 0; ; count += 1) {
        let finished = false;
        for (const midway of [false, true]) {
          const root = await mkdtemp(join(tmpdir(), 'replace-dir-'));
          const dist = join(root, 'dist');
          await build(dist, 'old');
          await build(join(root, 'dist-next'), 'new');
          // A dist.old that an earlier swap, killed while removing it, left half-removed.
          if (leftover) await mkdir(join(root, 'dist.old'));
          if (leftover) await writeFile(join(root, 'dist.old', 'index.html'), 'older');
          const operations = killedAfter(count, midway);
          const killed = await replaceDir(join(root, 'dist-next'), dist, operations).then(
            () => false,
            (error: unknown) => {
              if (!(error instanceof Killed)) throw error;
              return true;
            },
          );
          const at = `${leftover ? 'with a leftover dist.old, ' : ''}killed after ${count} operations${midway ? ' and midway through the next' : ''}`;
          if (killed) kills.push(at);
          finished = !killed;
          // What the server serves (scripts/serve.ts), and what is in dist after a next run whose build failed.
          const served = await whichBuild(publishedDir(dist));
          expect(served, at).toMatch(/^(old|new)$/u);
          await expect(replaceDir(join(root, 'failed-build'), dist), at).rejects.toThrow(/failed-build is missing/u);
          expect(await whichBuild(dist), at).toBe(served);
          await build(join(root, 'dist-next'), 'newer');
          await replaceDir(join(root, 'dist-next'), dist);
          expect(await whichBuild(dist), at).toBe('newer');
          expect(await readdir(root), at).toEqual(['dist']);
        }
        if (finished) break;
      }
    }
    expect(kills.length).toBeGreaterThanOrEqual(8);
  });

  it('puts the last build back before anything else after a swap killed between its renames, even with nothing to publish', async () => {
    const root = await mkdtemp(join(tmpdir(), 'replace-dir-'));
    await build(join(root, 'dist.old'), 'old');
    await expect(replaceDir(join(root, 'dist-next'), join(root, 'dist'))).rejects.toThrow(/dist-next is missing/u);
    expect(await whichBuild(join(root, 'dist'))).toBe('old');
    expect(existsSync(join(root, 'dist.old'))).toBe(false);
  });

  it('--recover puts the last build back, as `npm run build` does first', async () => {
    const root = await mkdtemp(join(tmpdir(), 'replace-dir-'));
    await build(join(root, 'dist.old'), 'old');
    const recover = () => spawnSync(process.execPath, [join(ROOT, 'scripts/replace-dir.ts'), '--recover', join(root, 'dist')], { encoding: 'utf8' });
    const first = recover();
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/dist\/ was missing \(a publish was interrupted\): the last build, .*dist\.old\/, is back in its place/u);
    expect(await whichBuild(join(root, 'dist'))).toBe('old');
    const again = recover();
    expect([again.status, again.stderr]).toEqual([0, '']);
    expect(await whichBuild(join(root, 'dist'))).toBe('old');
  });
});
