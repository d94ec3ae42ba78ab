/**
 * `node scripts/replace-dir.ts <new> <target>`: puts a finished build in the
 * place of the last one, so that a build that fails leaves the site that was
 * there (a server keeps serving it) instead of a half-emptied folder.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

export async function replaceDir(next: string, target: string): Promise<void> {
  if (!existsSync(next)) throw new Error(`${next} is missing: there is no build to publish. Hint: run the build first (npm run build).`);
  const old = `${target}.old`;
  await rm(old, { recursive: true, force: true });
  if (existsSync(target)) await rename(target, old);
  await rename(next, target);
  await rm(old, { recursive: true, force: true });
}

if (import.meta.main) {
  const [next, target] = process.argv.slice(2);
  if (!next || !target) {
    console.error('Usage: node scripts/replace-dir.ts <new build> <folder to replace>');
    process.exit(2);
  }
  await replaceDir(next, target);
}
