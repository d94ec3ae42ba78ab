import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../src/lib/decode-capture.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('decodeCapture', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    const bytes = utf8('\uFEFFL’avocat de Musk');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeCapture(bytes, 'x.txt')).toMatchObject({ text: 'L’avocat de Musk', encoding: 'utf-8' });
  });

  it('turns CRLF and lone CR line ends into LF', () => {
    expect(decodeCapture(utf8('Titre\r\nLigne deux\rLigne trois\r\n'), 'x.txt').text).toBe('Titre\nLigne deux\nLigne trois\n');
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    expect(decodeCapture(new Uint8Array([0x4c, 0x92, 0x61, 0x76, 0x6f, 0x63, 0x61, 0x74]), 'x.txt')).toMatchObject({
      text: 'L’avocat',
      encoding: 'windows-1252',
    });
    // « é … » and a no-break space, as a Windows editor saves them.
    expect(decodeCapture(new Uint8Array([0xab, 0xa0, 0xe9, 0x74, 0xe9, 0x85, 0xa0, 0xbb]), 'x.txt').text).toBe('«\u00A0été…\u00A0»');
  });

  it('keeps UTF-8 text as it is, emoji and no-break spaces included', () => {
    const text = '🌟 Musk vs. OpenAI\u00A0: «\u202FNon\u202F»';
    expect(decodeCapture(utf8(text), 'x.txt')).toMatchObject({ text, encoding: 'utf-8' });
  });

  it('hashes the bytes as received, before any decoding', () => {
    const bytes = utf8('\uFEFFTitre\r\nTexte\r\n');
    const decoded = decodeCapture(bytes, 'x.txt');
    expect(decoded.sha256).toBe(sha256(bytes));
    expect(decoded.sha256).not.toBe(sha256(utf8(decoded.text)));
    expect(decoded.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('refuses an empty capture, naming the file', () => {
    expect(() => decodeCapture(new Uint8Array(0), 'content/sources/x.txt')).toThrowErrorMatchingInlineSnapshot(`[Error: content/sources/x.txt: the capture is empty. Hint: paste the article's text into the file.]`);
  });

  it('refuses a capture of white space only', () => {
    expect(() => decodeCapture(utf8(' \r\n\t\n'), 'content/sources/x.txt')).toThrowErrorMatchingInlineSnapshot(`[Error: content/sources/x.txt: the capture holds only white space. Hint: paste the article's text into the file.]`);
  });

  it('refuses bytes that are not text', () => {
    expect(() => decodeCapture(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'content/sources/x.txt')).toThrowErrorMatchingInlineSnapshot(`[Error: content/sources/x.txt: the capture is not text (it contains NUL bytes). Hint: save the page's text as a .txt file, not the page itself.]`);
  });

  it('drops a byte-order mark also when it falls back to Windows-1252', () => {
    const decoded = decodeCapture(new Uint8Array([0xef, 0xbb, 0xbf, 0x4c, 0x92, 0x61]), 'x.txt');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('L’a');
  });
});
