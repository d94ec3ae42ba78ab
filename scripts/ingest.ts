/**
 * `npm run ingest -- path/to/capture.txt [more.txt …] [--force] [--replace-unrelated] [--id <id>] [--allow-short] [--max-size 5MB] [--follow-symlinks]`
 *
 * Turns raw captures into ready sources: copies each capture byte for byte
 * into content/sources/<id>.txt and writes its companion <id>.mdx with every
 * field inferred, listing in `unchecked` what the editor must check. Prints
 * each capture's report as soon as it is ingested (`[2/5] …` when there are
 * several); exits with 1 if any capture failed. A capture whose
 * article comes out short fails, unless --allow-short. DOSSIER_CONTENT sets the
 * content folder, as for the build.
 */
import { parseArgs } from 'node:util';
import { closestIds } from '../src/lib/closest-ids.ts';
import { formatIngestReport } from '../src/lib/ingest/format-ingest-report.ts';
import { ingestCaptures } from '../src/lib/ingest/ingest-captures.ts';
import { formatByteSize, parseByteSize } from '../src/lib/byte-size.ts';
import { MAX_CAPTURE_BYTES } from '../src/lib/read-capture.ts';

const USAGE = 'usage: npm run ingest -- path/to/capture.txt [more.txt …] [--force] [--replace-unrelated] [--id <id>] [--allow-short] [--max-size 5MB] [--follow-symlinks]';

const OPTIONS = {
  force: { type: 'boolean' },
  'replace-unrelated': { type: 'boolean' },
  id: { type: 'string' },
  'allow-short': { type: 'boolean' },
  'max-size': { type: 'string' },
  'follow-symlinks': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A source id: its page's address, /sources/<id>/. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

/** What parseArgs found wrong, in the words of the other messages: the option, and the fix. */
function argumentError(error: Error & { code?: string }): string {
  const option = /'(-[^' ]*)/u.exec(error.message)?.[1] ?? '';
  const name = option.replace(/^-+/u, '');
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const known = Object.keys(OPTIONS);
    // A short option is taken for the long one it starts (-f: --force); a misspelled long one for the closest.
    const meant = option.startsWith('--') ? closestIds(name, known, 1)[0] : known.find((key) => key.startsWith(name));
    return `unknown option ${option}${meant ? ` (did you mean --${meant}?)` : ''}. Hint: ${USAGE}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (name === 'id') return `--id needs the id to give the capture. Hint: --id <id>, e.g. --id 2025-02-11-numerique-quotidien-offre-musk.`;
    return `${option} takes no value. Hint: write ${option} alone.`;
  }
  return `${error.message}. Hint: ${USAGE}`;
}

async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`error: ${argumentError(error as Error)}`);
    return 1;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (files.length === 0) {
    console.error(`error: no capture given. Hint: ${USAGE}`);
    return 1;
  }
  const { id } = values;
  if (id !== undefined && !ID.test(id)) {
    console.error(`error: --id ${JSON.stringify(id)} is not an id. Hint: lowercase letters, digits and hyphens, e.g. --id 2025-02-11-numerique-quotidien-offre-musk.`);
    return 1;
  }
  if (id !== undefined && files.length > 1) {
    console.error(`error: --id names the source of one capture, and ${files.length} are given. Hint: ingest that capture on its own with --id.`);
    return 1;
  }
  const maxSize = values['max-size'];
  const maxBytes = maxSize === undefined ? MAX_CAPTURE_BYTES : parseByteSize(maxSize);
  if (maxBytes === undefined) {
    console.error(`error: --max-size ${JSON.stringify(maxSize)} is not a size. Hint: a number of bytes or of KB, MB, e.g. --max-size 5MB (the default is ${formatByteSize(MAX_CAPTURE_BYTES)}).`);
    return 1;
  }
  const results = await ingestCaptures(files, {
    contentDir: process.env.DOSSIER_CONTENT ?? 'content',
    // --replace-unrelated says more than --force: that this capture replaces another article's.
    force: Boolean(values.force || values['replace-unrelated']),
    replaceUnrelated: Boolean(values['replace-unrelated']),
    allowShort: Boolean(values['allow-short']),
    today: new Date(),
    maxBytes,
    followSymlinks: Boolean(values['follow-symlinks']),
    ...(id ? { id } : {}),
    // Each report as soon as its capture is done: a long batch shows where it stands.
    onResult: (result, rank, total) => {
      const report = `${total > 1 ? `[${rank}/${total}] ` : ''}${formatIngestReport(result)}`;
      if (result.status === 'failed') console.error(report);
      else console.log(report);
    },
  });
  const failed = results.filter((result) => result.status === 'failed').length;
  if (results.length > 1) console.log(`${results.length - failed} of ${results.length} captures ingested or already there; ${failed} failed.`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
