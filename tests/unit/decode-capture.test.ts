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

  it('reads UTF-16 with its byte-order mark, little- and big-endian, as Windows Notepad saves « Unicode »', () => {
    const text = 'Publié le 18 février 2025\r\n«\u00A0La réaction\u00A0» 🌟\r\n';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    expect(decodeCapture(le, 'x.txt')).toMatchObject({ text: 'Publié le 18 février 2025\n«\u00A0La réaction\u00A0» 🌟\n', encoding: 'utf-16le', invalid: [] });
    expect(decodeCapture(be, 'x.txt')).toMatchObject({ text: 'Publié le 18 février 2025\n«\u00A0La réaction\u00A0» 🌟\n', encoding: 'utf-16be' });
    expect(decodeCapture(le, 'x.txt').sha256).toBe(sha256(le));
  });

  it('refuses bytes that start like UTF-16 but are not, naming the file and the fix', () => {
    expect(() => decodeCapture(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), 'content/sources/x.txt')).toThrowErrorMatchingInlineSnapshot(`[Error: content/sources/x.txt: the capture starts with a UTF-16LE byte-order mark but is not UTF-16 (an odd number of bytes, 5). Hint: open it in a text editor and save it again as UTF-8.]`);
    expect(() => decodeCapture(new Uint8Array([0xff, 0xfe, 0x50, 0x00, 0x00, 0x00]), 'content/sources/x.txt')).toThrow(/not text \(it contains NUL bytes\)/u);
  });

  it('reads UTF-8 with a stray byte as UTF-8, marks the byte U+FFFD and says where it is', () => {
    const before = utf8('Publié le 18 février 2025\nLa réaction');
    const bytes = new Uint8Array([...before, 0x92, ...utf8(' des marchés est immédiate.\n')]);
    const decoded = decodeCapture(bytes, 'x.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('Publié le 18 février 2025\nLa réaction\uFFFD des marchés est immédiate.\n');
    expect(decoded.invalid).toEqual([{ byte: before.length, line: 2 }]);
  });

  it('cuts bad UTF-8 sequences as the decoder does: one U+FFFD, one offset each', () => {
    // A truncated « é » (C3 without its second byte), then a lone continuation byte, among valid accents.
    const bytes = new Uint8Array([...utf8('été '), 0xc3, 0x20, 0xa9, ...utf8(' à côté, déjà')]);
    const decoded = decodeCapture(bytes, 'x.txt');
    expect(decoded.text).toBe('été \uFFFD \uFFFD à côté, déjà');
    expect(decoded.invalid.map((bad) => bad.byte)).toEqual([6, 8]);
  });

  it('reads as Windows-1252 when bad UTF-8 bytes outnumber the valid sequences', () => {
    // « é » is C3 A9 in UTF-8: one valid sequence by chance, against three accents of Windows-1252.
    const bytes = new Uint8Array([0x43, 0xc3, 0xa9, 0x20, 0xe9, 0x74, 0xe9, 0x20, 0xe0, 0x20]);
    expect(decodeCapture(bytes, 'x.txt')).toMatchObject({ text: 'CÃ© été à ', encoding: 'windows-1252', invalid: [] });
  });

  it('drops a byte-order mark also when it falls back to Windows-1252', () => {
    const decoded = decodeCapture(new Uint8Array([0xef, 0xbb, 0xbf, 0x4c, 0x92, 0x61]), 'x.txt');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('L’a');
  });
});
