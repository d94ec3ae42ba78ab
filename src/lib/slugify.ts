/**
 * An ASCII slug of the first `maxWords` words of a text, for ids that read
 * well in a URL and stay stable while the text does.
 *
 * `slugify('L’univers de l’intelligence artificielle', 4)` → `'l-univers-de-l'`
 */
export function slugify(text: string, maxWords = 8): string {
  const words = text
    .replace(/œ/gu, 'oe')
    .replace(/Œ/gu, 'Oe')
    .replace(/æ/gu, 'ae')
    .replace(/Æ/gu, 'Ae')
    .replace(/ß/gu, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
  return words.slice(0, maxWords).join('-').slice(0, 64).replace(/-+$/u, '');
}
