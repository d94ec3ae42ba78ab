import { splitGluedLine, type Fragment } from './split-glued-line.ts';

/** A block of a capture: a line, or a sentence, heading or label of a glued line. */
export interface CaptureBlock {
  /** Offsets in the capture, trimmed of white space. */
  start: number;
  end: number;
  text: string;
  /** The index of the capture's line the block is on. */
  line: number;
  /** Set for the pieces of a glued line: how they were cut. */
  fragment?: Pick<Fragment, 'endsWith' | 'startsAfter'>;
}

/** A line at least this long, with several glue points, is a page pasted as one line. */
const GLUED_MIN_LENGTH = 400;
const GLUED_MIN_POINTS = 2;
/** A capture that is one line is glued as soon as it holds a few sentences. */
const GLUED_ALONE_MIN_LENGTH = 200;

/**
 * The blocks of a capture: each non-empty line, except that a line holding
 * a whole page glued together (headings, paragraphs and widgets on one line,
 * as when a page is copied without its line breaks) is cut into sentences,
 * headings and labels.
 */
export function splitBlocks(capture: string, language: string): { blocks: CaptureBlock[]; glued: boolean } {
  const blocks: CaptureBlock[] = [];
  let glued = false;
  let line = 0;
  let from = 0;
  const lines: { start: number; end: number }[] = [];
  for (let i = 0; i <= capture.length; i++) {
    if (i === capture.length || capture[i] === '\n') {
      lines.push({ start: from, end: i });
      from = i + 1;
    }
  }
  const nonEmpty = lines.filter((span) => capture.slice(span.start, span.end).trim() !== '');
  for (const span of lines) {
    const trimmed = trimSpan(capture, span.start, span.end);
    if (trimmed.end > trimmed.start) {
      const length = trimmed.end - trimmed.start;
      const alone = nonEmpty.length === 1;
      const fragments = length >= (alone ? GLUED_ALONE_MIN_LENGTH : GLUED_MIN_LENGTH) ? splitGluedLine(capture, trimmed.start, trimmed.end, language) : [];
      const gluePoints = fragments.filter((fragment) => fragment.startsAfter === 'glue').length;
      const isGlued = gluePoints >= GLUED_MIN_POINTS || (alone && fragments.length > 3);
      if (isGlued) {
        glued = true;
        for (const fragment of fragments) {
          blocks.push({
            start: fragment.start,
            end: fragment.end,
            text: capture.slice(fragment.start, fragment.end),
            line,
            fragment: { endsWith: fragment.endsWith, startsAfter: fragment.startsAfter },
          });
        }
      } else {
        blocks.push({ ...trimmed, text: capture.slice(trimmed.start, trimmed.end), line });
      }
    }
    line++;
  }
  return { blocks, glued };
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}
