import type { Dossier, Source, TimelineEvent } from './assemble-dossier.ts';
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

/** A source with its text, as published in /data/sources/<id>.json. */
export function sourceDocument(source: Readonly<Source>, base?: string) {
  return {
    ...sourceRecord(source, base),
    text: source.article.blocks.map((block) => block.text).join('\n\n'),
    removed: source.article.removed.map((part) => ({ kind: part.kind, text: part.text })),
  };
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
