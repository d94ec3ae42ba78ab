import { createHash } from 'node:crypto';

export interface DecodedCapture {
  /** The text, without a byte-order mark and with line ends as `\n`. */
  text: string;
  /** How the bytes were read: captures copied from Windows tools are often not UTF-8. */
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  /**
   * The bytes that are not UTF-8 in a capture read as UTF-8 all the same
   * (each shown as U+FFFD in `text`): where each bad sequence starts, as a
   * byte offset in the file and a line number (from 1). Empty otherwise.
   */
  invalid: { byte: number; line: number }[];
  /** Lowercase hex SHA-256 of the bytes as received. */
  sha256: string;
}

const NOT_TEXT = "the capture is not text (it contains NUL bytes). Hint: save the page's text as a .txt file, not the page itself.";

/**
 * Reads a capture's bytes as text without altering them on disk: UTF-16
 * when they start with its byte-order mark (Windows Notepad's « Unicode »),
 * else UTF-8 when they are UTF-8, else the reading that garbles fewer
 * characters: UTF-8 with U+FFFD for its few bad bytes when its valid
 * multibyte sequences outnumber them (a UTF-8 capture with a stray byte),
 * Windows-1252 otherwise (a superset of Latin-1 for text, where accents are
 * single bytes that are almost never valid UTF-8).
 * Throws, naming the file, when the bytes are empty or not text at all.
 */
export function decodeCapture(bytes: Uint8Array, file: string): DecodedCapture {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) {
    throw new Error(`${file}: the capture is empty. Hint: paste the article's text into the file.`);
  }
  let text: string;
  let encoding: DecodedCapture['encoding'] = 'utf-8';
  let invalid: DecodedCapture['invalid'] = [];
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    try {
      // The decoder drops the byte-order mark.
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new Error(
        `${file}: the capture starts with a ${utf16.toUpperCase()} byte-order mark but is not UTF-16 (${bytes.length % 2 === 1 ? `an odd number of bytes, ${bytes.length}` : 'a broken surrogate pair'}). Hint: open it in a text editor and save it again as UTF-8.`,
      );
    }
    if (text.includes('\u0000')) throw new Error(`${file}: ${NOT_TEXT}`);
    encoding = utf16;
  } else {
    if (bytes.includes(0)) throw new Error(`${file}: ${NOT_TEXT}`);
    const evidence = utf8Evidence(bytes);
    if (evidence.invalid.length === 0 || evidence.valid > evidence.invalid.length) {
      text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
      invalid = withLines(bytes, evidence.invalid);
    } else {
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      text = new TextDecoder('windows-1252').decode(bytes.subarray(bom));
      encoding = 'windows-1252';
    }
  }
  text = text.replace(/\r\n?/gu, '\n');
  if (text.trim() === '') {
    throw new Error(`${file}: the capture holds only white space. Hint: paste the article's text into the file.`);
  }
  return { text, encoding, invalid, sha256 };
}

/**
 * The valid multibyte UTF-8 sequences of `bytes`, counted, and the offset of
 * each invalid one, cut as the WHATWG decoder cuts them (one U+FFFD each: a
 * lead byte with the continuation bytes that fit it, or a stray byte).
 */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number[] } {
  let valid = 0;
  const invalid: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // How many continuation bytes the lead byte asks for, and the range of the first (no overlong form, no surrogate, nothing above U+10FFFF).
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    }
    let next = i + 1;
    let found = 0;
    while (found < need && next < bytes.length && bytes[next]! >= lower && bytes[next]! <= upper) {
      lower = 0x80;
      upper = 0xbf;
      next++;
      found++;
    }
    if (need > 0 && found === need) valid++;
    else invalid.push(i);
    i = next;
  }
  return { valid, invalid };
}

/** Each offset (in increasing order) with its line, from 1, in one pass over the bytes. */
function withLines(bytes: Uint8Array, offsets: readonly number[]): DecodedCapture['invalid'] {
  let line = 1;
  let at = 0;
  return offsets.map((byte) => {
    for (; at < byte; at++) if (bytes[at] === 0x0a) line++;
    return { byte, line };
  });
}
