import { buildArticle, type Article } from './build-article.ts';
import { countWords } from './count-words.ts';
import type { DecodedCapture } from './decode-capture.ts';
import { DossierError } from './dossier-error.ts';
import { resolveCitation, type CitableSource, type ResolvedCitation } from './resolve-citation.ts';
import { closestIds } from './closest-ids.ts';
import { createEntityFinder, type EntityFinder } from './find-entity-mentions.ts';
import { findQuotations } from './find-quotations.ts';
import { undatedWithin } from './format-date.ts';
import { locateQuote } from './locate-quote.ts';
import type { AnchoredNote } from './anchored-note.ts';
import { groupQuoteVariants, type QuoteVariant } from './group-quote-variants.ts';
import type { Citation, DivergenceData, DossierData, EntityData, EventData, SourceData } from './schemas.ts';
import { slugify } from './slugify.ts';

export interface SourceInput {
  id: string;
  data: SourceData;
}

export interface CaptureInput extends DecodedCapture {
  /** The capture's file name in content/sources/. */
  id: string;
}

/** A passage of a block: `[start, end)` of the block's text. */
export interface BlockSpan {
  block: string;
  start: number;
  end: number;
}

export interface AttributedQuote extends BlockSpan {
  speaker: string;
}

export interface Mention extends BlockSpan {
  source: string;
  exact: string;
}

export interface Entity extends EntityData {
  /** Every mention in the sources' articles, in order of publication then of reading. */
  mentions: Mention[];
  /** The timeline events whose title or summary names the entity. */
  events: string[];
}

export interface Source extends Omit<SourceData, 'removed' | 'structure' | 'capture' | 'notes' | 'speakers'> {
  id: string;
  captureFile: string;
  capture: string;
  encoding: DecodedCapture['encoding'];
  sha256: string;
  article: Article;
  wordCount: number;
  /** The ids of the timeline events that cite this source, in timeline order. */
  events: string[];
  /** The editors' notes, numbered in reading order. */
  notes: AnchoredNote[];
  /** The quotations the editors attribute to a speaker. */
  speakers: AttributedQuote[];
  /** The registry's names in the article, in reading order: found once, for the entity pages and the open data. */
  mentions: (Mention & { entity: string })[];
}

export interface TimelineEvent extends Omit<EventData, 'citations'> {
  citations: ResolvedCitation[];
  /** The divergences this event carries. */
  divergences: string[];
}

export interface Divergence extends Omit<DivergenceData, 'positions'> {
  positions: { claim: string; citations: ResolvedCitation[] }[];
}

/** A statement and every source's version of it. */
export interface Statement {
  id: string;
  /** Who the sources say said it, the most cited first. */
  speakers: string[];
  /** In order of publication of their sources. */
  variants: QuoteVariant[];
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
  divergences: Divergence[];
  statements: Statement[];
  /** The registry, in its order, with the mentions found. */
  entities: Entity[];
  /** Finds the registry's names in a text (built once). */
  finder: EntityFinder;
  /** Sources and events by id, for pages that look one up (a scan each would make the build quadratic). */
  sourceById: ReadonlyMap<string, Source>;
  eventById: ReadonlyMap<string, TimelineEvent>;
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
  /** The events in the order of the timeline file: events of the same date keep it. */
  events: readonly EventData[];
  dossier: DossierData;
  /** The registry of entities. Default: none. */
  entities?: readonly EntityData[];
  /** The points of disagreement. Default: none. */
  divergences?: readonly DivergenceData[];
  /** The folder the content comes from, as named in errors. Default: `content`. */
  contentDir?: string;
}): Dossier {
  const contentDir = input.contentDir ?? 'content';
  const SOURCES_DIR = `${contentDir}/sources`;
  const TIMELINE_FILE = `${contentDir}/timeline.yaml`;
  const ENTITIES_FILE = `${contentDir}/entities.yaml`;
  const registry = input.entities ?? [];
  checkRegistry(registry, ENTITIES_FILE);
  const entityIds = new Set(registry.map((entity) => entity.id));
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
    const anchors = anchorPassages(capture.text, article, data, entityIds, file);
    const { removed: _removed, structure: _structure, capture: captureFile, notes: _notes, speakers: _speakers, ...meta } = data;
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
      mentions: [],
      ...anchors,
    };
  });
  const orphans = [...captures.keys()].filter((name) => !used.has(name));
  if (orphans.length > 0) {
    throw new DossierError(`${SOURCES_DIR}/${orphans[0]}`, [
      `this capture has no companion .mdx, so it is not published. Hint: run npm run ingest -- ${SOURCES_DIR}/${orphans[0]}, which writes ${SOURCES_DIR}/${orphans[0]!.replace(/\.txt$/u, '.mdx')} for it, or write that file by hand (see README, "Adding a source").`,
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
    return { ...event, citations: resolveAll(event.citations, field, timelineProblems), divergences: [] };
  });
  if (timelineProblems.length > 0) throw new DossierError(TIMELINE_FILE, timelineProblems);
  // A stable sort: events of the same date stay in the order they were given.
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

  const DIVERGENCES_FILE = `${contentDir}/divergences.yaml`;
  const divergenceProblems: string[] = [];
  const eventById = new Map(events.map((event) => [event.id, event]));
  const divergences: Divergence[] = (input.divergences ?? []).map((divergence) => {
    const field = `divergence "${divergence.id}"`;
    for (const id of divergence.events) {
      const event = eventById.get(id);
      if (event) event.divergences.push(divergence.id);
      else divergenceProblems.push(`${field}.events: "${id}" is not a timeline event. Hint: use an id of timeline.yaml.`);
    }
    return {
      ...divergence,
      positions: divergence.positions.map((position, i) => ({
        claim: position.claim,
        citations: resolveAll(position.citations, `${field}.positions[${i}]`, divergenceProblems),
      })),
    };
  });
  if (divergenceProblems.length > 0) throw new DossierError(DIVERGENCES_FILE, divergenceProblems);
  // Shown in the order of the story: by the first event each divergence bears on.
  const position = new Map(events.map((event, i) => [event.id, i]));
  const firstEvent = (divergence: Divergence) => Math.min(...divergence.events.map((id) => position.get(id)!), events.length);
  divergences.sort((a, b) => firstEvent(a) - firstEvent(b));

  const finder = createEntityFinder(registry);
  const entities = registry.map((entity): Entity => ({ ...entity, mentions: [], events: [] }));
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  for (const source of sources) {
    for (const block of source.article.blocks) {
      for (const mention of finder.find(block.text)) {
        const found = { source: source.id, block: block.id, start: mention.start, end: mention.end, exact: mention.exact };
        entityById.get(mention.entity)!.mentions.push(found);
        source.mentions.push({ ...found, entity: mention.entity });
      }
    }
  }
  for (const event of events) {
    // What the editors wrote of the event, not every name its cited passages happen to contain:
    // « et critiqué le projet Stargate », in a passage cited for xAI, does not make xAI's launch a Stargate event.
    const text = [event.title, event.summary].join('\n');
    for (const id of new Set(finder.find(text).map((mention) => mention.entity))) entityById.get(id)!.events.push(event.id);
  }

  return {
    title: input.dossier.title,
    description: input.dossier.description,
    lede,
    sources,
    events,
    divergences,
    statements: statementsOf(sources),
    entities,
    finder,
    sourceById: new Map(sources.map((source) => [source.id, source])),
    eventById: new Map(events.map((event) => [event.id, event])),
  };
}

/** The attributed quotations of every source, grouped into statements with their variants. */
function statementsOf(sources: readonly Source[]): Statement[] {
  const variants: QuoteVariant[] = sources.flatMap((source) =>
    source.speakers
      // Two attributions that land on one quotation (each widened to the whole of it) are one variant, not a repeat.
      .filter((quote, i, all) => all.findIndex((other) => other.block === quote.block && other.start === quote.start && other.speaker === quote.speaker) === i)
      .map((quote) => {
        const text = source.article.blocks.find((block) => block.id === quote.block)!.text;
        const inner = text.slice(quote.start, quote.end).replace(/^[«»“"]\s*|\s*[»«”"]$/gu, ''); // » … » and « … « are slips findQuotations accepts
        return { source: source.id, speaker: quote.speaker, quote: inner, block: quote.block };
      }),
  );
  const ids = new Map<string, number>();
  return groupQuoteVariants(variants).map((group) => {
    const counts = new Map<string, number>();
    for (const variant of group.variants) counts.set(variant.speaker, (counts.get(variant.speaker) ?? 0) + 1);
    const base = slugify(group.variants[0]!.quote, 6) || 'citation';
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    const speakers = [...counts].sort((a, b) => b[1] - a[1]).map(([speaker]) => speaker);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      speakers,
      // The first variant is the reference the others are compared with: one of the main speaker's.
      variants: [...group.variants].sort((a, b) => Number(a.speaker !== speakers[0]) - Number(b.speaker !== speakers[0])),
    };
  });
}

/** Every name of the registry stands for one entity only. */
function checkRegistry(registry: readonly EntityData[], file: string): void {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  for (const entity of registry) {
    if (ids.has(entity.id)) problems.push(`entity "${entity.id}": id is used twice. Hint: give each entity its own id.`);
    ids.add(entity.id);
    for (const name of new Set([entity.name, ...entity.aliases])) {
      const other = owner.get(name);
      if (other && other !== entity.id) problems.push(`entity "${entity.id}": the name "${name}" is also a name of "${other}". Hint: keep it on one entity only.`);
      owner.set(name, entity.id);
    }
  }
  if (problems.length > 0) throw new DossierError(file, problems);
}

/** Lands the editors' notes and speaker attributions on the article's blocks. */
function anchorPassages(
  capture: string,
  article: Article,
  data: SourceData,
  entityIds: ReadonlySet<string>,
  file: string,
): { notes: AnchoredNote[]; speakers: AttributedQuote[] } {
  const problems: string[] = [];
  const land = (passage: { quote: string; prefix?: string | undefined; suffix?: string | undefined }, field: string): BlockSpan | undefined => {
    const span = locateQuote(capture, { exact: passage.quote, prefix: passage.prefix, suffix: passage.suffix }, { field: `${field}.quote`, captureFile: data.capture });
    if (typeof span === 'string') {
      problems.push(span);
      return undefined;
    }
    const block = article.blocks.find((candidate) => candidate.start <= span.start && span.end <= candidate.end);
    if (!block) {
      const removed = article.removed.find((part) => part.start < span.end && span.start < part.end);
      problems.push(
        removed
          ? `${field}.quote "${passage.quote}" is in a part removed from the article (${removed.kind}). Hint: anchor it to the article text, or stop removing that part.`
          : `${field}.quote "${passage.quote}" is not within one paragraph of the article text. Hint: anchor it to a passage of one paragraph.`,
      );
      return undefined;
    }
    return { block: block.id, start: span.start - block.start, end: span.end - block.start };
  };
  const landed = data.notes.map((note, i) => ({ note, span: land(note, `notes[${i}]`) }));
  const order = new Map(article.blocks.map((block, i) => [block.id, i]));
  const notes = landed
    .filter((entry): entry is { note: (typeof data.notes)[number]; span: BlockSpan } => entry.span !== undefined)
    .sort((a, b) => order.get(a.span.block)! - order.get(b.span.block)! || a.span.start - b.span.start)
    .map(({ note, span }, i) => ({ ...span, n: i + 1, body: note.body }));
  const speakers: AttributedQuote[] = [];
  data.speakers.forEach((attribution, i) => {
    const field = `speakers[${i}]`;
    if (!entityIds.has(attribution.speaker)) {
      const closest = closestIds(attribution.speaker, [...entityIds], 3);
      const hint = closest.length > 0 ? `use an existing id (closest: ${closest.join(', ')}) or add it to entities.yaml` : 'add it to entities.yaml';
      problems.push(`${field}.speaker "${attribution.speaker}" is not in the entity registry. Hint: ${hint}.`);
      return;
    }
    const span = land(attribution, field);
    if (!span) return;
    const text = article.blocks.find((block) => block.id === span.block)!.text;
    const quotation = findQuotations(text).find((q) => q.start <= span.start && span.end <= q.end);
    if (!quotation) {
      problems.push(`${field}.quote "${attribution.quote}" is not inside quotation marks (« », “ ” or ""). Hint: quote words of the quotation itself.`);
      return;
    }
    speakers.push({ block: span.block, start: quotation.start, end: quotation.end, speaker: attribution.speaker });
  });
  if (problems.length > 0) throw new DossierError(file, problems);
  return { notes, speakers };
}

/** Partial dates sort before the days they contain: "2025" < "2025-02" < "2025-02-10". */
function dateKey(date: string): string {
  return date.padEnd(10, '-00-00');
}

/**
 * Events sort by the first day they can have happened (`notBefore` when the
 * day is unknown but bounded), then by the last (`notAfter`): on the same
 * first day, what is known to have happened that day comes before what may
 * have happened in the days after. Events with the same bounds keep the order
 * of the timeline file, which is the story's (a reply after what it answers).
 *
 * An event the sources date only within years (« entre 2015 et le 10 février
 * 2025 ») is background to what follows its last possible day: it stands at
 * the head of that day's year, with the others like it, not years earlier
 * among events it may well have followed (see undatedWithin).
 */
function eventKey(event: Readonly<EventData | TimelineEvent>): string {
  const start = event.notBefore && event.notBefore.startsWith(event.date) ? event.notBefore : dateKey(event.date);
  const end = event.notAfter ?? event.date.padEnd(10, '-99-99');
  const year = undatedWithin(event);
  // '-00-00/0' sorts before every key of that year ('-00-00/2…' for an event dated by the year alone).
  if (year) return `${year}-00-00/0/${end}/${start}`;
  return `${start}/${end}`;
}
