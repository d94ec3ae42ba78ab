import { constants } from 'node:fs';
import { lstat, open, readlink, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatByteSize, roundUpToMegabytes } from './byte-size.ts';

/**
 * The largest capture read without being told otherwise: 1 MB. A long news
 * article is about 50 KB of text, page furniture included; twenty times that
 * is no article but a whole site, a log or a book saved by mistake, whose
 * ingest and build take long and whose page, feed and open data grow as
 * large (a 20 MB capture made a 57 MB page). `--max-size` (ingest) and
 * `CAPTURE_MAX_SIZE` (build) raise it.
 */
export const MAX_CAPTURE_BYTES = 1024 * 1024;

export interface ReadCaptureOptions {
  /** Refuse a larger file; default {@link MAX_CAPTURE_BYTES}. */
  maxBytes?: number;
  /** Read what a symbolic link points to instead of refusing it; default `false`. */
  followSymlinks?: boolean;
  /** Who reads, for the hints in errors: `npm run ingest` or the build. */
  reader: 'ingest' | 'build';
}

/**
 * The bytes of a capture file, refusing, with an error that names the file
 * and the fix, what is not a capture: a symbolic link (unless followed: a
 * link to /etc/passwd would be published), a folder or anything but a
 * regular file, a file larger than the limit, a file that cannot be read.
 */
export async function readCapture(path: string, options: ReadCaptureOptions): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? MAX_CAPTURE_BYTES;
  const follow = options.followSymlinks ?? false;
  const ingest = options.reader === 'ingest';
  try {
    const link = await lstat(path);
    if (link.isSymbolicLink() && !follow) {
      const target = await readlink(path).catch(() => '?');
      throw new Error(
        ingest
          ? `${path}: is a symbolic link (to ${target}); ingest reads only files, lest it publish one it was not meant to. Hint: pass the file itself, or --follow-symlinks to ingest what the link points to.`
          : `${path}: is a symbolic link (to ${target}); the build publishes only captures that are files in this folder, lest it publish one it was not meant to. Hint: replace the link with a copy of the capture (npm run ingest -- <the capture> makes one), or remove it.`,
      );
    }
    const info = link.isSymbolicLink() ? await stat(path) : link;
    if (info.isDirectory()) {
      throw new Error(ingest ? `${path}: is a folder, not a capture. Hint: pass the capture files inside it, e.g. ${join(path, '*.txt')}.` : `${path}: is a folder, not a capture. Hint: rename it or move it out of the folder of sources.`);
    }
    if (!info.isFile()) throw new Error(`${path}: is not a regular file (${kindOf(info)}). Hint: ${ingest ? 'pass a .txt capture' : 'put a .txt capture there, or remove it'}.`);
    checkSize(path, info.size, maxBytes, ingest);
    // O_NOFOLLOW: a file swapped for a link since lstat is refused all the same.
    const handle = await open(path, constants.O_RDONLY | (follow ? 0 : constants.O_NOFOLLOW));
    try {
      const opened = await handle.stat();
      if (!opened.isFile()) throw new Error(`${path}: is not a regular file (${kindOf(opened)}). Hint: pass a .txt capture.`);
      checkSize(path, opened.size, maxBytes, ingest);
      return new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${path}: no such file or folder. Hint: check the path (a relative path starts from the folder the command runs in).`);
    if (code === 'EACCES') throw new Error(`${path}: cannot be read (permission denied). Hint: check the file's permissions.`);
    if (code === 'ELOOP') throw new Error(`${path}: became a symbolic link while it was read. Hint: run the command again.`);
    if (code) throw new Error(`${path}: cannot be read (${(error as Error).message}).`);
    throw error;
  }
}

function checkSize(path: string, size: number, maxBytes: number, ingest: boolean): void {
  if (size <= maxBytes) return;
  const raise = roundUpToMegabytes(size);
  throw new Error(
    `${path}: the capture is ${formatByteSize(size)} (${size.toLocaleString('en')} bytes), more than the limit of ${formatByteSize(maxBytes)} (a long article is about 50 KB). Hint: keep only the article's page in the file, or raise the limit: ${ingest ? `--max-size ${raise}` : `CAPTURE_MAX_SIZE=${raise} npm run build`}.`,
  );
}

function kindOf(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a file';
}
