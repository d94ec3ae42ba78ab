/**
 * `npm run ingest -- path/to/capture.txt [more.txt …] [--force] [--id <id>] [--max-size 5MB] [--follow-symlinks]`
 *
 * Turns raw captures into ready sources: copies each capture byte for byte
 * into content/sources/<id>.txt and writes its companion <id>.mdx with every
 * field inferred, listing in `unchecked` what the editor must check. Prints a
 * report per capture; exits with 1 if any capture failed. DOSSIER_CONTENT
 * sets the content folder, as for the build.
 */
import { formatIngestReport } from '../src/lib/ingest/format-ingest-report.ts';
import { ingestCaptures } from '../src/lib/ingest/ingest-captures.ts';
import { formatByteSize, parseByteSize } from '../src/lib/byte-size.ts';
import { MAX_CAPTURE_BYTES } from '../src/lib/read-capture.ts';

const USAGE = 'usage: npm run ingest -- path/to/capture.txt [more.txt …] [--force] [--id <id>] [--max-size 5MB] [--follow-symlinks]';

/** A source id: its page's address, /sources/<id>/. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

async function main(args: string[]): Promise<number> {
  const force = args.includes('--force');
  // --id <id> or --id=<id>: the id (the page's address) to give the one capture, instead of the one inferred.
  const idAt = args.findIndex((arg) => arg === '--id' || arg.startsWith('--id='));
  const id = idAt === -1 ? undefined : args[idAt]!.startsWith('--id=') ? args[idAt]!.slice('--id='.length) : (args[idAt + 1] ?? '');
  const afterId = idAt === -1 ? args : args.filter((_, at) => at !== idAt && !(at === idAt + 1 && args[idAt] === '--id'));
  // --max-size 5MB or --max-size=5MB: the largest capture to read (default 1 MB).
  const sizeAt = afterId.findIndex((arg) => arg === '--max-size' || arg.startsWith('--max-size='));
  const maxSize = sizeAt === -1 ? undefined : afterId[sizeAt]!.startsWith('--max-size=') ? afterId[sizeAt]!.slice('--max-size='.length) : (afterId[sizeAt + 1] ?? '');
  const rest = sizeAt === -1 ? afterId : afterId.filter((_, at) => at !== sizeAt && !(at === sizeAt + 1 && afterId[sizeAt] === '--max-size'));
  const followSymlinks = rest.includes('--follow-symlinks');
  const unknown = rest.filter((arg) => arg.startsWith('--') && arg !== '--force' && arg !== '--follow-symlinks');
  const files = rest.filter((arg) => !arg.startsWith('--'));
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (unknown.length > 0) {
    console.error(`error: unknown option ${unknown[0]}. Hint: ${USAGE}`);
    return 1;
  }
  if (files.length === 0) {
    console.error(`error: no capture given. Hint: ${USAGE}`);
    return 1;
  }
  if (id !== undefined && !ID.test(id)) {
    console.error(`error: --id ${JSON.stringify(id)} is not an id. Hint: lowercase letters, digits and hyphens, e.g. --id 2025-02-11-numerique-quotidien-offre-musk.`);
    return 1;
  }
  if (id !== undefined && files.length > 1) {
    console.error(`error: --id names the source of one capture, and ${files.length} are given. Hint: ingest that capture on its own with --id.`);
    return 1;
  }
  const maxBytes = maxSize === undefined ? MAX_CAPTURE_BYTES : parseByteSize(maxSize);
  if (maxBytes === undefined) {
    console.error(`error: --max-size ${JSON.stringify(maxSize)} is not a size. Hint: a number of bytes or of KB, MB, e.g. --max-size 5MB (the default is ${formatByteSize(MAX_CAPTURE_BYTES)}).`);
    return 1;
  }
  const results = await ingestCaptures(files, { contentDir: process.env.DOSSIER_CONTENT ?? 'content', force, today: new Date(), maxBytes, followSymlinks, ...(id ? { id } : {}) });
  for (const result of results) {
    const report = formatIngestReport(result);
    if (result.status === 'failed') console.error(report);
    else console.log(report);
  }
  const failed = results.filter((result) => result.status === 'failed').length;
  if (results.length > 1) console.log(`${results.length - failed} of ${results.length} captures ingested or already there; ${failed} failed.`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
