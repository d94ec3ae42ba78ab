const UNITS = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 } as const;

/**
 * A size as an editor writes it: `5MB`, `500 KB`, `1.5mb`, `2000000` (bytes);
 * a kilobyte is 1,024 bytes. `undefined` when it is not a size.
 */
export function parseByteSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/iu.exec(text);
  if (!match) return undefined;
  const bytes = Math.round(Number(match[1]) * UNITS[(match[2]?.toLowerCase() ?? 'b') as keyof typeof UNITS]);
  return bytes > 0 ? bytes : undefined;
}

/** `900 bytes`, `48 KB`, `20.3 MB`: a size for an error message. */
export function formatByteSize(bytes: number): string {
  if (bytes < UNITS.kb) return `${bytes} bytes`;
  if (bytes < UNITS.mb) return `${Math.round(bytes / UNITS.kb)} KB`;
  const mb = bytes / UNITS.mb;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** The next whole megabytes at or above `bytes`, as a size to pass: `21MB`. */
export function roundUpToMegabytes(bytes: number): string {
  return `${Math.ceil(bytes / UNITS.mb)}MB`;
}
