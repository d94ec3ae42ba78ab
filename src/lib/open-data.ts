import { attributionDivergence } from './attribution-divergence.ts';
import type { Divergence, Dossier, Entity, Source, TimelineEvent } from './assemble-dossier.ts';
import { BLOCK_SEPARATOR, sourceAnnotations } from './source-annotations.ts';
import { sitePath } from './site-path.ts';

/** A source as published in /data/sources.json. */
export function sourceRecord(source: Readonly<Source>, base?: string) {
  const { date, precision, basis, reason } = source.published;
  return {
    id: source.id,
    title: source.title,
    outlet: source.outlet,
    author: source.author,
    url: source.url,
    language: source.language,
    published: { date, precision, basis, ...(reason ? { reason } : {}) },
    sha256: source.sha256,
    wordCount: source.wordCount,
    path: sitePath(`sources/${source.id}/`, base),
  };
}

/** A source with its text and annotations, as published in /data/sources/<id>.json. */
export function sourceDocument(source: Readonly<Source>, base?: string) {
  return {
    ...sourceRecord(source, base),
    text: source.article.blocks.map((block) => block.text).join(BLOCK_SEPARATOR),
    removed: source.article.removed.map((part) => ({ kind: part.kind, text: part.text })),
    annotations: sourceAnnotations(source),
  };
}

/** The divergences as published in /data/divergences.json. */
export function divergencesDocument(dossier: Readonly<Dossier>) {
  return dossier.divergences.map((divergence) => ({
    id: divergence.id,
    topic: divergence.topic,
    summary: divergence.summary,
    events: divergence.events,
    positions: divergence.positions.map((position) => ({
      claim: position.claim,
      citations: position.citations.map((citation) => ({ source: citation.source, quote: citation.quote })),
    })),
  }));
}

/**
 * The statements and their variants as published in /data/quotes.json: each
 * variant with the path of its paragraph, and of the paragraphs where its
 * source quotes the same words again (`repeatedIn`), if it does.
 */
export function quotesDocument(dossier: Readonly<Dossier>, base?: string) {
  const paragraph = (source: string, block: string) => `${sitePath(`sources/${source}/`, base)}#${block}`;
  return dossier.statements.map((statement) => ({
    id: statement.id,
    speaker: statement.speakers[0],
    ...(statement.speakers.length > 1 ? { attributedTo: statement.speakers } : {}),
    // The divergence on who said it, in /data/divergences.json, when the sources disagree on it.
    ...withDivergence(attributionDivergence(statement, dossier.divergences)),
    variants: statement.variants.map((variant) => ({
      source: variant.source,
      speaker: variant.speaker,
      quote: variant.quote,
      path: paragraph(variant.source, variant.block),
      ...(variant.repeatedIn ? { repeatedIn: variant.repeatedIn.map((block) => paragraph(variant.source, block)) } : {}),
    })),
  }));
}

const withDivergence = (divergence: Divergence | undefined) => (divergence ? { divergence: divergence.id } : {});

/** The registry as published in /data/entities.json, with mention counts per source. */
export function entitiesDocument(entities: readonly Entity[]) {
  return entities.map((entity) => {
    const counts = new Map<string, number>();
    for (const mention of entity.mentions) counts.set(mention.source, (counts.get(mention.source) ?? 0) + 1);
    return {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      aliases: entity.aliases,
      description: entity.description,
      mentions: [...counts].map(([source, count]) => ({ source, count })),
    };
  });
}

/** An event as published in /data/timeline.json, with where each citation lands. */
export function eventRecord(event: Readonly<TimelineEvent>, base?: string) {
  return {
    id: event.id,
    date: event.date,
    precision: event.date.length === 4 ? 'year' : event.date.length === 7 ? 'month' : 'day',
    ...(event.notBefore ? { notBefore: event.notBefore } : {}),
    ...(event.notAfter ? { notAfter: event.notAfter } : {}),
    title: event.title,
    summary: event.summary,
    citations: event.citations.map((citation) => ({
      source: citation.source,
      quote: citation.quote,
      path: `${sitePath(`sources/${citation.source}/`, base)}#${citation.block}`,
    })),
  };
}

export function timelineDocument(dossier: Readonly<Dossier>, base?: string) {
  return dossier.events.map((event) => eventRecord(event, base));
}

export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
