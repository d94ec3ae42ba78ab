import { createHash } from 'node:crypto';

export interface DecodedCapture {
  /** The text, without a byte-order mark and with line ends as `\n`. */
  text: string;
  /** How the bytes were read: captures copied from Windows tools are often not UTF-8. */
  encoding: 'utf-8' | 'windows-1252';
  /** Lowercase hex SHA-256 of the bytes as received. */
  sha256: string;
}

/**
 * Reads a capture's bytes as text without altering them on disk: UTF-8 when
 * they are valid UTF-8, else Windows-1252 (a superset of Latin-1 for text).
 * Throws, naming the file, when the bytes are empty or not text at all.
 */
export function decodeCapture(bytes: Uint8Array, file: string): DecodedCapture {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) {
    throw new Error(`${file}: the capture is empty. Hint: paste the article's text into the file.`);
  }
  if (bytes.includes(0)) {
    throw new Error(`${file}: the capture is not text (it contains NUL bytes). Hint: save the page's text as a .txt file, not the page itself.`);
  }
  let text: string;
  let encoding: DecodedCapture['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    text = new TextDecoder('windows-1252').decode(bytes.subarray(bom));
    encoding = 'windows-1252';
  }
  text = text.replace(/\r\n?/gu, '\n');
  if (text.trim() === '') {
    throw new Error(`${file}: the capture holds only white space. Hint: paste the article's text into the file.`);
  }
  return { text, encoding, sha256 };
}
