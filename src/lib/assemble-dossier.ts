import { buildArticle, type Article } from './build-article.ts';
import { countWords } from './count-words.ts';
import type { DecodedCapture } from './decode-capture.ts';
import { DossierError } from './dossier-error.ts';
import { resolveCitation, type CitableSource, type ResolvedCitation } from './resolve-citation.ts';
import type { Citation, DossierData, EventData, SourceData } from './schemas.ts';

export interface SourceInput {
  id: string;
  data: SourceData;
}

export interface CaptureInput extends DecodedCapture {
  /** The capture's file name in content/sources/. */
  id: string;
}

export interface Source extends Omit<SourceData, 'removed' | 'structure' | 'capture'> {
  id: string;
  captureFile: string;
  capture: string;
  encoding: DecodedCapture['encoding'];
  sha256: string;
  article: Article;
  wordCount: number;
  /** The ids of the timeline events that cite this source, in timeline order. */
  events: string[];
}

export interface TimelineEvent extends Omit<EventData, 'citations'> {
  citations: ResolvedCitation[];
}

export interface LedeSentence {
  text: string;
  citations: ResolvedCitation[];
}

export interface Dossier {
  title: string;
  description: string;
  lede: LedeSentence[];
  /** In order of publication. */
  sources: Source[];
  /** In chronological order. */
  events: TimelineEvent[];
}


/**
 * Checks what the editors wrote against the captures and puts it together:
 * each source's article, the timeline in chronological order and the lede,
 * every citation landed on its paragraph. Throws a DossierError naming the
 * file, the field, the value and the fix for the first file that has problems.
 */
export function assembleDossier(input: {
  sources: readonly SourceInput[];
  captures: readonly CaptureInput[];
  events: readonly EventData[];
  dossier: DossierData;
  /** The folder the content comes from, as named in errors. Default: `content`. */
  contentDir?: string;
}): Dossier {
  const contentDir = input.contentDir ?? 'content';
  const SOURCES_DIR = `${contentDir}/sources`;
  const TIMELINE_FILE = `${contentDir}/timeline.yaml`;
  const DOSSIER_FILE = `${contentDir}/dossier.yaml`;
  const captures = new Map(input.captures.map((capture) => [capture.id, capture]));
  const used = new Set<string>();
  const sources: Source[] = input.sources.map(({ id, data }) => {
    const file = `${SOURCES_DIR}/${id}.mdx`;
    const capture = captures.get(data.capture);
    if (!capture) {
      const available = [...captures.keys()].join(', ') || 'none';
      throw new DossierError(file, [
        `capture "${data.capture}" is not a file in ${SOURCES_DIR}/. Hint: put the raw capture there under that name, or fix capture: (captures found: ${available}).`,
      ]);
    }
    used.add(data.capture);
    const article = buildArticle(capture.text, data, { file, captureFile: data.capture });
    const { removed: _removed, structure: _structure, capture: captureFile, ...meta } = data;
    return {
      ...meta,
      id,
      captureFile,
      capture: capture.text,
      encoding: capture.encoding,
      sha256: capture.sha256,
      article,
      wordCount: countWords(article.blocks.map((block) => block.text).join('\n')),
      events: [],
    };
  });
  const orphans = [...captures.keys()].filter((name) => !used.has(name));
  if (orphans.length > 0) {
    throw new DossierError(`${SOURCES_DIR}/${orphans[0]}`, [
      `this capture has no companion .mdx, so it is not published. Hint: write ${SOURCES_DIR}/${orphans[0]!.replace(/\.txt$/u, '.mdx')} with capture: ${orphans[0]} (see README, "Adding a source").`,
    ]);
  }
  sources.sort((a, b) => dateKey(a.published.date).localeCompare(dateKey(b.published.date)) || a.id.localeCompare(b.id));

  const citable = new Map<string, CitableSource>(sources.map((source) => [source.id, source]));
  const resolveAll = (citations: readonly Citation[], field: string, problems: string[]) =>
    citations.flatMap((citation, i) => {
      const resolved = resolveCitation(citation, `${field}.citations[${i}]`, citable);
      if (typeof resolved === 'string') {
        problems.push(resolved);
        return [];
      }
      return [resolved];
    });

  const timelineProblems: string[] = [];
  const ids = new Set<string>();
  const events: TimelineEvent[] = input.events.map((event) => {
    const field = `event "${event.id}"`;
    if (ids.has(event.id)) timelineProblems.push(`${field}: id is used twice. Hint: give each event its own id.`);
    ids.add(event.id);
    if (event.notBefore && event.notAfter && event.notBefore > event.notAfter) {
      timelineProblems.push(`${field}: notBefore "${event.notBefore}" is after notAfter "${event.notAfter}". Hint: swap them.`);
    }
    return { ...event, citations: resolveAll(event.citations, field, timelineProblems) };
  });
  if (timelineProblems.length > 0) throw new DossierError(TIMELINE_FILE, timelineProblems);
  events.sort((a, b) => eventKey(a).localeCompare(eventKey(b)));

  const ledeProblems: string[] = [];
  const lede = input.dossier.lede.map((sentence, i) => ({
    text: sentence.text,
    citations: resolveAll(sentence.citations, `lede[${i}]`, ledeProblems),
  }));
  if (ledeProblems.length > 0) throw new DossierError(DOSSIER_FILE, ledeProblems);

  const byId = new Map(sources.map((source) => [source.id, source]));
  for (const event of events) {
    for (const id of new Set(event.citations.map((citation) => citation.source))) byId.get(id)!.events.push(event.id);
  }

  return { title: input.dossier.title, description: input.dossier.description, lede, sources, events };
}

/** Partial dates sort before the days they contain: "2025" < "2025-02" < "2025-02-10". */
function dateKey(date: string): string {
  return date.padEnd(10, '-00-00');
}

/**
 * Events sort by the first day they can have happened (`notBefore` when the
 * day is unknown but bounded), then by the last (`notAfter`): on the same
 * first day, what is known to have happened that day comes before what may
 * have happened in the days after.
 */
function eventKey(event: Readonly<EventData | TimelineEvent>): string {
  const start = event.notBefore && event.notBefore.startsWith(event.date) ? event.notBefore : dateKey(event.date);
  const end = event.notAfter ?? event.date.padEnd(10, '-99-99');
  return `${start}/${end}`;
}
