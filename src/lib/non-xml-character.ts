/** A character outside XML 1.0's Char production: a C0 control but tab and line ends, a lone surrogate, U+FFFE or U+FFFF. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * What is wrong with a file the build wrote as XML, if it holds a character
 * XML does not allow (a feed reader then rejects the whole feed): its line,
 * column and code point, and the fix. `undefined` when there is none.
 */
export function nonXmlCharacter(file: string, xml: string): string | undefined {
  const found = NOT_XML_CHAR.exec(xml);
  if (!found) return undefined;
  const before = xml.slice(0, found.index).split('\n');
  const codePoint = `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${file}: line ${before.length}, column ${before.at(-1)!.length + 1}: ${codePoint} is not a character XML allows; readers reject the whole file. Hint: pass the text written there through withoutForbiddenCharacters (src/lib/without-forbidden-characters.ts).`;
}
