/**
 * `npm run ingest -- path/to/capture.txt [more.txt …] [--force] [--id <id>] [--allow-short]`
 *
 * Turns raw captures into ready sources: copies each capture byte for byte
 * into content/sources/<id>.txt and writes its companion <id>.mdx with every
 * field inferred, listing in `unchecked` what the editor must check. Prints a
 * report per capture; exits with 1 if any capture failed. A capture whose
 * article comes out short fails, unless --allow-short. DOSSIER_CONTENT
 * sets the content folder, as for the build.
 */
import { formatIngestReport } from '../src/lib/ingest/format-ingest-report.ts';
import { ingestCaptures } from '../src/lib/ingest/ingest-captures.ts';

const USAGE = 'usage: npm run ingest -- path/to/capture.txt [more.txt …] [--force] [--id <id>] [--allow-short]';

/** A source id: its page's address, /sources/<id>/. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

async function main(args: string[]): Promise<number> {
  const force = args.includes('--force');
  const allowShort = args.includes('--allow-short');
  // --id <id> or --id=<id>: the id (the page's address) to give the one capture, instead of the one inferred.
  const idAt = args.findIndex((arg) => arg === '--id' || arg.startsWith('--id='));
  const id = idAt === -1 ? undefined : args[idAt]!.startsWith('--id=') ? args[idAt]!.slice('--id='.length) : (args[idAt + 1] ?? '');
  const rest = idAt === -1 ? args : args.filter((_, at) => at !== idAt && !(at === idAt + 1 && args[idAt] === '--id'));
  const unknown = rest.filter((arg) => arg.startsWith('--') && arg !== '--force' && arg !== '--allow-short');
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
  const results = await ingestCaptures(files, { contentDir: process.env.DOSSIER_CONTENT ?? 'content', force, allowShort, today: new Date(), ...(id ? { id } : {}) });
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
