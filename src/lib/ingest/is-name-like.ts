const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'di', 'da', 'dos', 'del', 'el', 'al', 'bin', 'et', 'and', '&', 'y', "d'", 'd’']);

/**
 * Whether a text reads as the name of a person or a team: one to six words,
 * each capitalised or a particle (« de », « van », « & »), starting with a
 * capital.
 *
 * `isNameLike('Julian & L’équipe The French Bot')` → `true`; `isNameLike('les experts')` → `false`
 */
export function isNameLike(text: string, maxWords = 6): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length === 0 || words.length > maxWords || !/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || PARTICLES.has(word.toLowerCase()));
}
