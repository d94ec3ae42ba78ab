import { formatCount } from './format-count.ts';

/**
 * A count and its noun, French style: the singular up to one, the plural from
 * two. `countOf(1, 'source')` → « 1 source »; `countOf(2, 'source')` → « 2 sources ».
 */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count > 1 ? plural : singular}`;
}

/**
 * « de » before a name, contracted as French requires: « du Courrier des
 * Stratèges », « des Échos », « d’Euronews », « de Sciencepost ».
 */
export function ofName(name: string): string {
  if (/^Le\s/u.test(name)) return `du ${name.slice(3)}`;
  if (/^Les\s/u.test(name)) return `des ${name.slice(4)}`;
  if (/^[AEIOUYÀÂÉÈÊËÎÏÔÛÙaeiouyàâéèêëîïôûù]/u.test(name)) return `d’${name}`;
  return `de ${name}`;
}

/**
 * A source's title as text for lists, tooltips and citations, saying when the
 * editors gave it (the capture had none): « Elon Musk propose… (titre de la rédaction) ».
 */
export function titleOf(source: { title: string; titleBasis: 'stated' | 'inferred' }): string {
  return source.titleBasis === 'inferred' ? `${source.title} (titre de la rédaction)` : source.title;
}
