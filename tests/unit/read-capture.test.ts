import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatByteSize, parseByteSize } from '../../src/lib/byte-size.ts';
import { MAX_CAPTURE_BYTES, readCapture } from '../../src/lib/read-capture.ts';

let dir: string;
const at = (name: string) => join(dir, name);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-capture-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The message of the error `promise` rejects with, `dir` written as `<dir>`. */
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'read',
    (error: Error) => error.message.replaceAll(dir, '<dir>'),
  );

describe('readCapture', () => {
  it('reads a regular file as it is', async () => {
    writeFileSync(at('a.txt'), 'Titre\r\n');
    expect(await readCapture(at('a.txt'), { reader: 'ingest' })).toEqual(new Uint8Array(Buffer.from('Titre\r\n')));
  });

  it('refuses a symbolic link, lest it publish the file it points to, unless told to follow it', async () => {
    symlinkSync('/etc/passwd', at('x.txt'));
    expect(await refusal(readCapture(at('x.txt'), { reader: 'ingest' }))).toMatchInlineSnapshot(
      `"<dir>/x.txt: is a symbolic link (to /etc/passwd); ingest reads only files, lest it publish one it was not meant to. Hint: pass the file itself, or --follow-symlinks to ingest what the link points to."`,
    );
    expect(await refusal(readCapture(at('x.txt'), { reader: 'build' }))).toMatchInlineSnapshot(
      `"<dir>/x.txt: is a symbolic link (to /etc/passwd); the build publishes only captures that are files in this folder, lest it publish one it was not meant to. Hint: replace the link with a copy of the capture (npm run ingest -- <the capture> makes one), or remove it."`,
    );
    writeFileSync(at('real.txt'), 'Titre');
    symlinkSync(at('real.txt'), at('link.txt'));
    expect(Buffer.from(await readCapture(at('link.txt'), { reader: 'ingest', followSymlinks: true })).toString()).toBe('Titre');
  });

  it('refuses a folder and anything but a regular file, such as a named pipe', async () => {
    mkdirSync(at('folder.txt'));
    execFileSync('mkfifo', [at('pipe.txt')]);
    expect(await refusal(readCapture(at('folder.txt'), { reader: 'build' }))).toBe('<dir>/folder.txt: is a folder, not a capture. Hint: rename it or move it out of the folder of sources.');
    // A pipe would block the read: it is refused before it is opened.
    expect(await refusal(readCapture(at('pipe.txt'), { reader: 'ingest' }))).toBe('<dir>/pipe.txt: is not a regular file (a named pipe). Hint: pass a .txt capture.');
  });

  it('refuses a capture above the limit, naming its size, the limit and how to raise it', async () => {
    writeFileSync(at('big.txt'), Buffer.alloc(MAX_CAPTURE_BYTES + 1, 'a'));
    expect(await refusal(readCapture(at('big.txt'), { reader: 'ingest' }))).toMatchInlineSnapshot(
      `"<dir>/big.txt: the capture is 1.0 MB (1,048,577 bytes), more than the limit of 1 MB (a long article is about 50 KB). Hint: keep only the article's page in the file, or raise the limit: --max-size 2MB."`,
    );
    expect(await refusal(readCapture(at('big.txt'), { reader: 'build' }))).toMatch(/Hint: keep only the article's page in the file, or raise the limit: CAPTURE_MAX_SIZE=2MB npm run build\.$/u);
    expect((await readCapture(at('big.txt'), { reader: 'build', maxBytes: parseByteSize('2MB')! })).length).toBe(MAX_CAPTURE_BYTES + 1);
    writeFileSync(at('exact.txt'), Buffer.alloc(MAX_CAPTURE_BYTES, 'a'));
    expect((await readCapture(at('exact.txt'), { reader: 'ingest' })).length).toBe(MAX_CAPTURE_BYTES);
  });

  it('says when a file is missing', async () => {
    expect(await refusal(readCapture(at('missing.txt'), { reader: 'ingest' }))).toBe(
      '<dir>/missing.txt: no such file or folder. Hint: check the path (a relative path starts from the folder the command runs in).',
    );
  });
});

describe('byte sizes', () => {
  it('reads sizes as editors write them, a kilobyte being 1,024 bytes', () => {
    expect(['5MB', '500 KB', '1.5mb', '2000000', '0', 'MB', '5 TB', '-1MB'].map(parseByteSize)).toEqual([5_242_880, 512_000, 1_572_864, 2_000_000, undefined, undefined, undefined, undefined]);
  });

  it('writes sizes for messages', () => {
    expect([900, 49_152, MAX_CAPTURE_BYTES, 21_300_000].map(formatByteSize)).toEqual(['900 bytes', '48 KB', '1 MB', '20.3 MB']);
  });
});
