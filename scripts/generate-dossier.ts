/**
 * `node scripts/generate-dossier.ts <built site> <content dir> <count>`:
 * writes a synthetic dossier of <count> captures (scripts/bench-generate.ts)
 * made of the sentences of a built site's open data. The tests build one of a
 * hundred captures to see the pages that only large dossiers split.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateDossier, seedSentences } from './bench-generate.ts';

const ROOT = resolve(import.meta.dirname, '..');
const [site, dir, countArg] = process.argv.slice(2);
const count = Number(countArg);
if (!site || !dir || !Number.isInteger(count) || count < 1) {
  console.error('Usage: node scripts/generate-dossier.ts <built site, e.g. dist> <content dir to write> <number of captures>');
  process.exit(2);
}
if (!existsSync(join(site, 'data/sources'))) {
  console.error(`${site}/data/sources/ is missing: the synthetic captures are made of a built site's articles. Run \`npm run build\` first.`);
  process.exit(1);
}
const sentences = await seedSentences(site);
await generateDossier(dir, count, sentences, await readFile(join(ROOT, 'content/entities.yaml'), 'utf8'));
console.log(`Wrote a synthetic dossier of ${count} captures to ${dir}/`);
