import type { RemovedPart, SourceData, Structure } from '../schemas.ts';

/** What ingest writes to a companion MDX: the frontmatter fields, in the README's order. */
export type SourceFrontmatter = Pick<
  SourceData,
  'capture' | 'title' | 'titleBasis' | 'outlet' | 'author' | 'url' | 'published' | 'language' | 'removed' | 'structure' | 'unchecked'
>;

/** The comment that opens the front matter ingest writes: the editors' own comments are the others. */
export const INGEST_COMMENT = '# Written by `npm run ingest`. Check each field listed in `unchecked`, then remove it from the list.';

/** The summary an editor replaces: plain text, so MDX reads it as a paragraph. */
export const SUMMARY_PLACEHOLDER = 'Résumé à rédiger par la rédaction.';

/** Whether a companion's body is still the placeholder ingest wrote: no summary yet. */
export function isSummaryPlaceholder(body: string): boolean {
  return body.trim() === SUMMARY_PLACEHOLDER;
}

/**
 * A YAML double-quoted scalar. JSON's escapes are valid in YAML; characters
 * YAML does not allow raw in a document (DEL, C1 controls, line and paragraph
 * separators, byte-order marks) are escaped too, since captures may hold them.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(/[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function removedPart(part: RemovedPart): string[] {
  const lines = [`  - kind: ${part.kind}`];
  for (const key of ['quote', 'from', 'to', 'prefix', 'suffix'] as const) {
    const value = part[key];
    if (value !== undefined) lines.push(`    ${key}: ${yamlString(value)}`);
  }
  if (part.toEnd) lines.push('    toEnd: true');
  return lines;
}

function structureLines(structure: Structure): string[] {
  const lines: string[] = [];
  for (const key of ['headings', 'paragraphs', 'breaks'] as const) {
    if (structure[key].length === 0) continue;
    lines.push(`  ${key}:`, ...structure[key].map((quote) => `    - ${yamlString(quote)}`));
  }
  return lines.length === 0 ? [] : ['structure:', ...lines];
}

/**
 * The companion MDX of an ingested capture: the frontmatter (every string
 * quoted, so no capture text is read as YAML syntax) and the placeholder
 * summary.
 */
export function renderSourceMdx(data: SourceFrontmatter): string {
  const { published } = data;
  const lines = [
    '---',
    INGEST_COMMENT,
    `capture: ${yamlString(data.capture)}`,
    `title: ${yamlString(data.title)}`,
    `titleBasis: ${data.titleBasis}`,
    `outlet: ${yamlString(data.outlet)}`,
    `author: ${data.author === null ? 'null' : yamlString(data.author)}`,
    `url: ${data.url === null ? 'null' : yamlString(data.url)}`,
    'published:',
    `  date: ${yamlString(published.date)}`,
    `  precision: ${published.precision}`,
    `  basis: ${published.basis}`,
    ...(published.reason ? [`  reason: ${yamlString(published.reason)}`] : []),
    `language: ${data.language}`,
    ...(data.removed.length === 0 ? ['removed: []'] : ['removed:', ...data.removed.flatMap(removedPart)]),
    ...structureLines(data.structure),
    `unchecked: [${data.unchecked.join(', ')}]`,
    '---',
    SUMMARY_PLACEHOLDER,
    '',
  ];
  return lines.join('\n');
}
