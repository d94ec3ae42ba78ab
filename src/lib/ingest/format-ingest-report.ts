import { countWords } from '../count-words.ts';
import type { RemovedPart } from '../schemas.ts';
import type { IngestResult } from './ingest-captures.ts';

type IngestWritten = Extract<IngestResult, { status: 'written' }>;

const firstWords = (text: string, count = 6) => {
  const words = text.replace(/\s+/gu, ' ').trim().split(' ');
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
};

function describeRemoved(part: RemovedPart): string {
  const start = part.quote ?? part.from ?? '';
  const reach = part.quote !== undefined ? '' : part.toEnd ? ' … (to the end)' : ` … ${JSON.stringify(firstWords(part.to ?? '', 4))}`;
  return `${part.kind.padEnd(12)} ${JSON.stringify(firstWords(start))}${reach}`;
}

/** `1 byte that is not UTF-8 (byte 1234, line 7)`, the first few listed. */
function describeInvalid(invalid: IngestWritten['invalid']): string {
  const shown = invalid.slice(0, 5).map(({ byte, line }) => `byte ${byte}, line ${line}`);
  const more = invalid.length > shown.length ? `; ${invalid.length - shown.length} more` : '';
  return `${invalid.length} ${invalid.length === 1 ? 'byte that is' : 'bytes that are'} not UTF-8 (${shown.join('; ')}${more})`;
}

/**
 * What ingest tells the editor about one capture: the id, each field of the
 * companion written with its clue (or that it was kept as the editors
 * checked it), the removed parts (kind and first words), and what is left to
 * check; or the one-line error, or that the capture is already there.
 */
export function formatIngestReport(result: IngestResult): string {
  if (result.status === 'failed') return `error: ${result.error}`;
  if (result.status === 'duplicate') return `skipped: ${result.file}: already in the dossier as ${result.existing} (same bytes, SHA-256); nothing written.`;
  const { data, article, checked } = result;
  const { clues } = result.source;
  // A field kept as the editors checked it owes nothing to this capture: no clue, nothing to check.
  const KEPT = 'kept: checked by the editors';
  const kept = (field: string) => (checked.includes(field) ? ` — ${KEPT}` : '');
  const clue = (field: string, text: string) => (checked.includes(field) ? KEPT : text);
  // Counted as the page counts them (« 228 mots »), so that the report and the page agree.
  const words = countWords(article.blocks.map((block) => block.text).join('\n'));
  const structure = data.structure;
  const lines = [
    `${result.replaced ? 'replaced' : 'added'}: ${result.id} ← ${result.file}`,
    ...(result.unrelated === undefined
      ? []
      : [`  unrelated   shares ${Math.round(result.unrelated * 100)}% of its words with the capture it replaces (--replace-unrelated): every field inferred again`]),
    ...(result.kept.length > 0
      ? [`  kept        from the companion it replaces: ${result.kept.join(', ')} (check that their quotes still stand in the new capture)`]
      : []),
    ...(result.encoding === 'windows-1252' ? ['  decoded as Windows-1252 (not UTF-8); the bytes are kept as received'] : []),
    ...(result.encoding.startsWith('utf-16') ? [`  decoded as UTF-16 ${result.encoding.slice(-2).toUpperCase()} (it starts with its byte-order mark); the bytes are kept as received`] : []),
    ...(result.invalid.length > 0 ? [`  decoded as UTF-8 but for ${describeInvalid(result.invalid)}, shown as « \uFFFD »; the bytes are kept as received: fix them in the capture if they hid a letter`] : []),
    `  title       ${JSON.stringify(data.title)} (${data.titleBasis})${kept('title')}`,
    `  outlet      ${JSON.stringify(data.outlet)} — ${clue('outlet', clues.outlet)}`,
    `  author      ${data.author === null ? '— (none found)' : JSON.stringify(data.author)}${kept('author')}`,
    `  url         ${data.url ?? '— (none in the capture)'}${kept('url')}`,
    `  published   ${data.published.date} (${data.published.precision}, ${data.published.basis}) — ${clue('published', clues.published)}`,
    `  language    ${data.language}${kept('language') || (clues.language.confidence === 'low' ? ' (unsure)' : '')}`,
    `  article     ${article.blocks.length} blocks, ${words} words`,
    ...(data.removed.length === 0
      ? [`  removed     nothing${kept('removed')}`]
      : [`  removed     ${data.removed.length} parts${checked.includes('removed') ? ` (${KEPT})` : ''}:`, ...data.removed.map((part) => `    ${describeRemoved(part)}`)]),
    ...(checked.includes('removed') ? [] : result.source.unquoted).map((part) => `  kept        ${part}: not article text, but its words stand elsewhere too, so it could not be quoted; remove it by hand`),
    ...(structure.headings.length + structure.breaks.length > 0
      ? [
          `  structure   ${structure.headings.length} headings, ${structure.breaks.length} paragraph breaks ${checked.includes('structure') ? `— ${KEPT}` : "(the capture's text was glued on one line)"}`,
        ]
      : []),
    data.unchecked.length > 0
      ? `  check       ${data.unchecked.join(', ')} — then remove them from \`unchecked\` in ${result.written[1]}`
      : `  check       nothing: every field is checked`,
    `  wrote       ${result.written.join(', ')}`,
  ];
  return lines.join('\n');
}
