/** A companion .mdx in its two parts. */
export interface CompanionParts {
  /** The YAML between the opening and the closing `---` lines. */
  frontMatter: string;
  /** The editors' summary, after the closing `---`. */
  body: string;
  /** The index (from 0) of the body's first line in the file. */
  bodyLine: number;
}

/**
 * A companion's front matter and body, split at the lines that hold only
 * `---`; `undefined` when the file does not open with one or never closes it.
 */
export function splitCompanion(text: string): CompanionParts | undefined {
  const lines = text.split('\n');
  if (lines[0] !== '---') return undefined;
  const end = lines.indexOf('---', 1);
  if (end < 0) return undefined;
  return { frontMatter: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 1 };
}
