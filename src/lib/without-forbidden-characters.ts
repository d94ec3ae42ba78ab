/**
 * What no published file may hold, HTML, XML or JSON alike: C0 controls but
 * tab and line ends (XML 1.0's Char production refuses them, a feed with one
 * is rejected whole), DEL and the C1 controls (HTML calls them parse errors;
 * Windows-1252 leaves five bytes as C1), lone surrogates, and the
 * noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two of every plane).
 */
const FORBIDDEN = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\p{Noncharacter_Code_Point}]/gu;

/** Page and vertical-tab breaks: XML refuses them, but they part words; a line end keeps them apart. */
const BREAKS = /[\u000B\u000C]/gu;

/**
 * Untrusted text without the characters no published file may hold:
 * `Titre\u0001 \uFFFF` → `Titre `. A character at a time, so that a quote
 * of a capture cleaned alike is still found in it.
 */
export function withoutForbiddenCharacters(text: string): string {
  return text.replace(BREAKS, '\n').replace(FORBIDDEN, '');
}
