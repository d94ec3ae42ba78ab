/**
 * `node scripts/replace-dir.ts <new> <target>`: puts a finished build in the
 * place of the last one, so that a build that fails leaves the site that was
 * there (a server keeps serving it) instead of a half-emptied folder.
 *
 * The swap is two renames (`target` → `target.old`, `new` → `target`): a kill
 * between them leaves no `target` but the whole last build in `target.old`.
 * scripts/serve.ts serves `target.old` then, and the next run (or
 * `node scripts/replace-dir.ts --recover <target>`, which `npm run build`
 * runs first) puts it back before anything else; `target.old` is removed only
 * while `target` exists. So a kill at any point leaves a whole site to serve.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/** The file operations of a swap (tests pass ones that stop part-way, as a kill would). */
export interface SwapOperations {
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { recursive: true; force: true }): Promise<void>;
}

/** The folder holding the published site: `target`, or `target.old` while an interrupted swap has left only that. */
export function publishedDir(target: string): string {
  return !existsSync(target) && existsSync(`${target}.old`) ? `${target}.old` : target;
}

/** Puts `target.old` back as `target` when a swap was killed between its renames; true if it did. */
export async function recoverDir(target: string, fs: SwapOperations = { rename, rm }): Promise<boolean> {
  if (publishedDir(target) === target) return false;
  await fs.rename(`${target}.old`, target);
  return true;
}

export async function replaceDir(next: string, target: string, fs: SwapOperations = { rename, rm }): Promise<void> {
  await recoverDir(target, fs);
  if (!existsSync(next)) throw new Error(`${next} is missing: there is no build to publish. Hint: run the build first (npm run build).`);
  const old = `${target}.old`;
  // Only a leftover of an earlier swap by now: `target` exists, or this is the first build.
  await fs.rm(old, { recursive: true, force: true });
  if (existsSync(target)) await fs.rename(target, old);
  await fs.rename(next, target);
  await fs.rm(old, { recursive: true, force: true });
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  if (args.length === 2 && args[0] === '--recover') {
    if (await recoverDir(args[1]!)) console.warn(`${args[1]}/ was missing (a publish was interrupted): the last build, ${args[1]}.old/, is back in its place.`);
  } else if (args.length === 2) {
    await replaceDir(args[0]!, args[1]!);
  } else {
    console.error('Usage: node scripts/replace-dir.ts <new build> <folder to replace>\n       node scripts/replace-dir.ts --recover <folder>   (puts <folder>.old back if <folder> is missing)');
    process.exit(2);
  }
}
