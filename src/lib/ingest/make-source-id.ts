import { slugify } from '../slugify.ts';

/**
 * A source's id, stable for a given capture: `<date>-<outlet>-<first words
 * of the title>`, lowercase ASCII and hyphens.
 *
 * `makeSourceId('2025-02-17', 'Digimedia', "OpenAI rejette l'offre de rachat")` → `'2025-02-17-digimedia-openai-rejette-l-offre'`
 */
export function makeSourceId(date: string, outlet: string, title: string): string {
  const parts = [date, slugify(outlet, 4) || 'source', slugify(title, 4) || 'article'];
  return parts.join('-').replace(/-+/gu, '-').slice(0, 96).replace(/-+$/u, '');
}
