import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nonXmlCharacter } from '../../src/lib/non-xml-character.ts';
import { withoutForbiddenCharacters } from '../../src/lib/without-forbidden-characters.ts';

/** XML 1.0's Char production, written out: what an XML parser accepts. */
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** Text made of the characters that matter here, and plain letters. */
const tricky = (chars: string) => fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((list) => list.join(''));
const ANY_CHARS = 'aé ’\n\t\u0001\u0007\u000B\u000C\u001B\u007F\u0085\u009D\uD800\uDFFF\uFDD0\uFFFE\uFFFF\u202A\u202E\u2069\u200F';

describe('withoutForbiddenCharacters', () => {
  it('removes C0 and C1 controls, lone surrogates and noncharacters, and keeps tab and line ends', () => {
    expect(withoutForbiddenCharacters('Titre\u0001 piégé\uFFFF\u0085 \uD800fin\uFDD0\u{10FFFF}\u009D')).toBe('Titre piégé fin');
    expect(withoutForbiddenCharacters('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('turns page and vertical-tab breaks into line ends, which keep the words apart', () => {
    expect(withoutForbiddenCharacters('fin\fdébut\u000Bsuite')).toBe('fin\ndébut\nsuite');
  });

  it('keeps text as it is when it holds none: accents, no-break spaces, emoji, right-to-left letters', () => {
    const text = '🌟 Musk vs. OpenAI\u00A0: «\u202FNon\u202F» — عنوان, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢';
    expect(withoutForbiddenCharacters(text)).toBe(text);
  });

  it('leaves only characters XML allows, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => XML_CHAR.test(withoutForbiddenCharacters(text))));
  });

  it('cleans a character at a time: a quote cleaned alike is still found in its cleaned capture', () => {
    fc.assert(
      fc.property(tricky(ANY_CHARS), tricky(ANY_CHARS), tricky(ANY_CHARS), (before, quote, after) =>
        withoutForbiddenCharacters(before + quote + after).includes(withoutForbiddenCharacters(quote)),
      ),
    );
  });
});

describe('nonXmlCharacter', () => {
  it('names the file, line, column and code point of a character XML refuses, and the fix', () => {
    expect(nonXmlCharacter('dist/rss.xml', '<rss>\n<title>Titre\uFFFF</title></rss>')).toMatchInlineSnapshot(
      `"dist/rss.xml: line 2, column 13: U+FFFF is not a character XML allows; readers reject the whole file. Hint: pass the text written there through withoutForbiddenCharacters (src/lib/without-forbidden-characters.ts)."`,
    );
    expect(nonXmlCharacter('x.xml', '<a>\u0001</a>')).toMatch(/^x\.xml: line 1, column 4: U\+0001 /u);
    expect(nonXmlCharacter('x.xml', '<a>\uD800</a>')).toMatch(/: U\+D800 /u);
  });

  it('finds nothing in XML made of allowed characters', () => {
    expect(nonXmlCharacter('x.xml', '<a>\tLigne\r\nsuivante « 🌟 » \u202E</a>')).toBeUndefined();
  });
});
