import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceDir } from '../../scripts/replace-dir.ts';

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
});
