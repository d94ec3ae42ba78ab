/**
 * A problem in what an editor wrote, reported against the file to fix. One
 * error carries every problem found in a file, so a build shows them all at
 * once instead of one per attempt.
 */
export class DossierError extends Error {
  readonly file: string;
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    super(problems.map((problem) => `${file}: ${problem}`).join('\n'));
    this.name = 'DossierError';
    this.file = file;
    this.problems = problems;
  }
}

/** Shortens a quote for a message, keeping its start and end. */
export function excerpt(text: string, max = 90): string {
  const folded = text.replace(/\s+/gu, ' ').trim();
  if (folded.length <= max) return `"${folded}"`;
  const half = Math.floor((max - 1) / 2);
  return `"${folded.slice(0, half)}…${folded.slice(-half)}"`;
}
