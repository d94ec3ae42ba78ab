import type { SourceData } from './schemas.ts';

/** Each field ingest infers, as a reader would name it. */
const FIELD_NAMES: Record<SourceData['unchecked'][number], string> = {
  title: 'le titre',
  outlet: 'le média',
  author: 'l’auteur',
  url: 'l’adresse',
  published: 'la date',
  language: 'la langue',
  removed: 'les parties retirées',
  structure: 'la découpe en paragraphes',
};

const LIST = new Intl.ListFormat('fr', { type: 'conjunction' });

/**
 * What the editors have not checked yet of a source's metadata, for its page:
 * « le titre, la date et les parties retirées »; undefined when all is checked.
 * Ingest guessed those fields from the capture: the page must not pass them off as checked.
 */
export function uncheckedFields(unchecked: readonly SourceData['unchecked'][number][]): string | undefined {
  return unchecked.length > 0 ? LIST.format(unchecked.map((field) => FIELD_NAMES[field])) : undefined;
}
